import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database.ts';
import { columnTypes, type VersionedMigration } from './types.ts';

/**
 * Each check-in carries the entry time of the same person's next check-in, anywhere (null while there is
 * none), kept by ingestion (src/checkins/store.ts) and read with the venue index, which now covers it
 * (docs/decisions/0012-next-checkins.md). Tracing imputes a missing exit from it without a lookup per
 * contact. Existing rows are filled from the natural key, before the index is rebuilt, so that the fill
 * does not also rewrite the index entry of every row.
 */
export const nextCheckins: VersionedMigration = {
  name: '0011-next-checkins',
  async up(db: Kysely<any>, dialect: DialectName) {
    const type = columnTypes(dialect);
    await db.schema.alterTable('checkins').addColumn('next_entered_at', sql.raw(type.bigint)).execute();
    await db.schema.dropIndex('checkins_venue_time').execute();
    await sql`update checkins set next_entered_at = (
      select min(later.entered_at) from checkins as later where later.person_key = checkins.person_key and later.entered_at > checkins.entered_at)`.execute(db);
    if (dialect === 'postgres') await sql`create index checkins_venue_time on checkins (venue_key, entered_at, person_key) include (exited_at, next_entered_at)`.execute(db);
    else await sql`create index checkins_venue_time on checkins (venue_key, entered_at, person_key, exited_at, next_entered_at)`.execute(db);
  },
};
