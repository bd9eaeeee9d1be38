import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import type { Database } from '../platform/db/database.ts';
import type { TracingSources } from './candidates.ts';
import { findAffiliates, findHouseholdMembers, findLinkedPeople, findVenueType } from './people-links.ts';
import { stayReaderOf } from './stay-store.ts';
import { IN_LIST_CHUNK, readInChunks } from '../platform/db/in-chunks.ts';
import { prepared } from '../platform/db/statements.ts';
import { personIdsOfKeys } from '../checkins/keys.ts';

/**
 * The person ids of keys on SQLite: one compiled statement for every chunk (the last padded with a key that
 * never exists), raw rows. A case's venue contacts are thousands of people, each a seek into the key table.
 */
function sqlitePersonIdsOf(sqlite: BetterSqlite3.Database): (keys: readonly number[]) => Promise<Map<number, string>> {
  const statement = prepared(sqlite, `select key, person_id from checkin_people where key in (${Array(IN_LIST_CHUNK).fill('?').join(', ')})`).raw(true);
  const padded = (chunk: number[]) => chunk.concat(Array<number>(IN_LIST_CHUNK - chunk.length).fill(NO_KEY));
  return async (keys) => new Map(await readInChunks(keys, async (chunk) => statement.all(padded(chunk)) as [number, string][]));
}
const NO_KEY = -1;

/** What tracing reads, from a platform database. */
export function tracingSourcesOf(database: Database): TracingSources {
  const db = database.db;
  const readPersonIds = database.sqlite
    ? sqlitePersonIdsOf(database.sqlite)
    : async (keys: readonly number[]) => {
        // One statement over an array, rather than a round trip per chunk.
        const rows = await sql<{ key: string | number; person_id: string }>`select key, person_id from checkin_people where key = any(${[...new Set(keys)]}::bigint[])`.execute(db);
        return new Map(rows.rows.map((row) => [Number(row.key), row.person_id]));
      };
  return {
    stays: stayReaderOf(database),
    personIdsOf: (keys) => personIdsOfKeys(database, keys, readPersonIds),
    async personKeysOf(ids) {
      const rows = await readInChunks(ids, (chunk) => db.selectFrom('checkin_people').select(['key', 'person_id']).where('person_id', 'in', chunk).execute());
      return new Map(rows.map((row) => [row.person_id, Number(row.key)]));
    },
    async venueIdsOf(keys) {
      const rows = await readInChunks(keys, (chunk) => db.selectFrom('checkin_venues').select(['key', 'venue_id']).where('key', 'in', chunk).execute());
      return new Map(rows.map((row) => [Number(row.key), row.venue_id]));
    },
    linkedPeople: (ids) => findLinkedPeople(db, ids),
    householdMembers: (householdId) => findHouseholdMembers(db, householdId),
    affiliates: (affiliationId, group) => findAffiliates(db, affiliationId, group),
    venueTypeOfPlace: (placeId) => findVenueType(db, placeId),
  };
}
