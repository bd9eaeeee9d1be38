import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database.ts';
import { columnTypes, type VersionedMigration } from './types.ts';

/**
 * Case records (病例): who, how classified, on what basis, the status, onset and sampling dates, and the
 * instants of the four earlies. Symptoms, travel and places visited are lists kept as JSON text: they are
 * read with their case, never searched on their own.
 */
export const cases: VersionedMigration = {
  name: '0008-cases',
  async up(db: Kysely<any>, dialect: DialectName) {
    const type = columnTypes(dialect);
    await db.schema
      .createTable('cases')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('person_id', 'text', (column) => column.notNull().references('people.id'))
      .addColumn('jurisdiction_code', 'text', (column) => column.notNull().references('jurisdictions.code'))
      .addColumn('county_code', 'text')
      .addColumn('classification', 'text', (column) => column.notNull())
      .addColumn('basis', 'text', (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('onset_date', 'text')
      .addColumn('sampled_date', 'text')
      .addColumn('symptoms', 'text', (column) => column.notNull())
      .addColumn('travel_history', 'text', (column) => column.notNull())
      .addColumn('places_visited', 'text', (column) => column.notNull())
      .addColumn('detected_at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('reported_at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('isolated_at', sql.raw(type.instant))
      .addColumn('treated_at', sql.raw(type.instant))
      .addColumn('reported_by', 'text', (column) => column.notNull())
      .addColumn('created_at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('updated_at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
      // An infection without onset is traced from its sample: one of the two dates is always there.
      .addCheckConstraint('cases_anchor_date', sql`onset_date is not null or sampled_date is not null`)
      .execute();
    // A jurisdiction's cases, newest report first; and a person's cases.
    await db.schema.createIndex('cases_jurisdiction_reported').on('cases').columns(['jurisdiction_code', 'reported_at', 'id']).execute();
    await db.schema.createIndex('cases_person').on('cases').columns(['person_id', 'id']).execute();
  },
};
