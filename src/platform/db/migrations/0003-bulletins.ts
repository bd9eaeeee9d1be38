import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database.ts';
import { columnTypes, type VersionedMigration } from './types.ts';

/** Published daily figures (every version kept), and the index behind the public search for services. */
export const bulletins: VersionedMigration = {
  name: '0003-bulletins',
  async up(db: Kysely<any>, dialect: DialectName) {
    const type = columnTypes(dialect);
    await db.schema
      .createTable('bulletins')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('jurisdiction_code', 'text', (column) => column.notNull().references('jurisdictions.code'))
      .addColumn('county_code', 'text')
      .addColumn('date', 'text', (column) => column.notNull())
      .addColumn('version', 'integer', (column) => column.notNull())
      .addColumn('new_confirmed', 'integer', (column) => column.notNull())
      .addColumn('new_asymptomatic', 'integer', (column) => column.notNull())
      .addColumn('new_recovered', 'integer', (column) => column.notNull())
      .addColumn('under_observation', 'integer', (column) => column.notNull())
      .addColumn('tests_reported', 'integer', (column) => column.notNull())
      .addColumn('note', 'text')
      .addColumn('published_at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('published_by', 'text', (column) => column.notNull())
      // A correction is the next version of the same day: two publishers racing cannot both take it.
      .addUniqueConstraint('bulletins_version', ['jurisdiction_code', 'date', 'version'])
      .execute();
    await db.schema.createIndex('bulletins_published').on('bulletins').column('published_at').execute();

    // Public services: venues of one type within a latitude band, before the exact distance is computed.
    await db.schema.createIndex('places_venue_position').on('places').columns(['venue_type', 'latitude']).execute();
  },
};
