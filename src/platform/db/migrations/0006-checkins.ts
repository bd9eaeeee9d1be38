import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database.ts';
import { partitionByTime } from '../partitions.ts';
import { columnTypes, type VersionedMigration } from './types.ts';

/**
 * Venue check-ins, laid out for 100,000,000 rows (docs/decisions/0009-checkin-storage.md): compact integer
 * keys for people and venues, times in epoch seconds, the natural key (person_key, entered_at, venue_key)
 * unique for idempotent ingestion, and an index per access path: one person's stays in a window (the
 * unique key) and everyone at a venue in a window (venue_key, entered_at). Fever flags beside them.
 */
export const checkins: VersionedMigration = {
  name: '0006-checkins',
  async up(db: Kysely<any>, dialect: DialectName) {
    const type = columnTypes(dialect);
    // Keys are never reused (AUTOINCREMENT; an identity on PostgreSQL), so that a key remembered by another
    // process after the purge removed its person can never come to name someone else.
    const compactKey = (name: string) =>
      db.schema
        .createTable(name)
        .addColumn('key', sql.raw(type.bigint), (column) => (dialect === 'postgres' ? column.primaryKey().generatedByDefaultAsIdentity() : column.primaryKey().autoIncrement()));

    await compactKey('checkin_people').addColumn('person_id', 'text', (column) => column.notNull().unique()).execute();
    await compactKey('checkin_venues')
      .addColumn('venue_id', 'text', (column) => column.notNull().unique())
      .addColumn('jurisdiction_code', 'text', (column) => column.notNull())
      .addColumn('county_code', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('checkin_venues_county').on('checkin_venues').columns(['county_code', 'key']).execute();

    const table = db.schema
      .createTable('checkins')
      // The person's key must exist: a key another process still remembers after the purge removed it fails here.
      .addColumn('person_key', sql.raw(type.bigint), (column) => column.notNull().references('checkin_people.key'))
      .addColumn('venue_key', sql.raw(type.bigint), (column) => column.notNull())
      .addColumn('entered_at', sql.raw(type.bigint), (column) => column.notNull())
      .addColumn('exited_at', sql.raw(type.bigint))
      .addColumn('temperature', 'integer')
      .addColumn('source', 'text', (column) => column.notNull())
      .addColumn('county_code', 'text', (column) => column.notNull())
      .addColumn('jurisdiction_code', 'text', (column) => column.notNull())
      .addColumn('recorded_at', sql.raw(type.bigint), (column) => column.notNull());
    // One person's stays in a window (and the idempotency key); on PostgreSQL it includes the partition
    // column, as a unique key there must.
    const keyed = dialect === 'postgres' ? table.addPrimaryKeyConstraint('checkins_pk', ['person_key', 'entered_at', 'venue_key']) : table;
    await partitionByTime(keyed, dialect, 'entered_at').execute();
    if (dialect === 'sqlite') await db.schema.createIndex('checkins_natural_key').on('checkins').columns(['person_key', 'entered_at', 'venue_key']).unique().execute();
    // Everyone at a venue in a window; person_key last orders ties for paging.
    await db.schema.createIndex('checkins_venue_time').on('checkins').columns(['venue_key', 'entered_at', 'person_key']).execute();

    await db.schema
      .createTable('fever_flags')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('person_id', 'text', (column) => column.notNull())
      .addColumn('venue_id', 'text', (column) => column.notNull())
      .addColumn('jurisdiction_code', 'text', (column) => column.notNull())
      .addColumn('county_code', 'text', (column) => column.notNull())
      .addColumn('temperature', 'integer', (column) => column.notNull())
      .addColumn('entered_at', sql.raw(type.bigint), (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('handled_by', 'text')
      .addColumn('handled_at', sql.raw(type.instant))
      .addColumn('note', 'text')
      // One flag per check-in, whatever retries and concurrent batches bring (SECURITY.md goal 8).
      .addUniqueConstraint('fever_flags_checkin', ['person_id', 'entered_at', 'venue_id'])
      .execute();
    await db.schema.createIndex('fever_flags_jurisdiction').on('fever_flags').columns(['jurisdiction_code', 'status', 'id']).execute();
    await db.schema.createIndex('fever_flags_county_time').on('fever_flags').columns(['county_code', 'entered_at']).execute();
  },
};
