import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Transaction } from 'kysely';
import { prepared } from '../platform/db/statements.ts';
import type { Database } from '../platform/db/database.ts';
import type { Executor } from '../platform/db/executor.ts';
import type { Schema } from '../platform/db/schema.ts';
import { KeyCache } from './key-cache.ts';

/**
 * Compact integer keys for the people and venues of check-ins, allocated here on first use so that the
 * foundation tables stay as they are (docs/decisions/0009-checkin-storage.md). Keys are remembered in a
 * bounded cache per database, and only once committed, so that a remembered key always existed. SQLite
 * runs cached statements on the connection the transaction holds; PostgreSQL one statement over arrays.
 */

// A county of a million people, about 100 MB when full: a key missed costs two statements per person of a batch.
const PERSON_KEYS_HELD = 1_000_000;
const VENUE_KEYS_HELD = 50_000;

/** A venue as check-ins store it: where it lies decides who sees its check-ins and which retention applies. */
export interface CheckinVenue {
  venueId: string;
  jurisdictionCode: string;
  countyCode: string;
}

interface VenueKey {
  key: number;
  jurisdictionCode: string;
  countyCode: string;
}

interface Caches {
  people: KeyCache<string, number>;
  venues: KeyCache<string, VenueKey>;
  /** The other way: whose a key is, for tracing, which meets people by key. */
  personIds: KeyCache<number, string>;
}

const caches = new WeakMap<Database, Caches>();

function cachesOf(database: Database): Caches {
  let found = caches.get(database);
  if (!found) caches.set(database, (found = { people: new KeyCache(PERSON_KEYS_HELD), venues: new KeyCache(VENUE_KEYS_HELD), personIds: new KeyCache(PERSON_KEYS_HELD) }));
  return found;
}

/** Forgets every remembered person key: after the purge removed people, or when a remembered key was refused. */
export function forgetPersonKeys(database: Database): void {
  cachesOf(database).people.clear();
}

/** Keys found or allocated inside a transaction; `remember` them once it has committed, never before. */
export interface ResolvedKeys {
  keys: Map<string, number>;
  remember(): void;
}

/**
 * The keys of people inside the caller's transaction, allocating those not seen before: the insert is
 * committed with the check-ins that need it, and the new keys are remembered only after that commit.
 */
export async function resolvePersonKeys(trx: Transaction<Schema>, database: Database, personIds: Iterable<string>): Promise<ResolvedKeys> {
  const { people: cache, personIds: idsOfKeys } = cachesOf(database);
  const keys = new Map<string, number>();
  const missing: string[] = [];
  for (const id of new Set(personIds)) {
    const key = cache.get(id);
    if (key === undefined) missing.push(id);
    else keys.set(id, key);
  }
  if (missing.length === 0) return { keys, remember: () => {} };
  // Sorted, so that two sessions allocating overlapping sets lock rows in the same order.
  missing.sort();
  const allocated = database.sqlite ? allocatePeopleSqlite(database.sqlite, missing) : await allocatePeoplePostgres(trx, missing);
  for (const [id, key] of allocated) keys.set(id, key);
  return {
    keys,
    remember: () =>
      allocated.forEach((key, id) => {
        cache.set(id, key);
        idsOfKeys.set(key, id);
      }),
  };
}

/**
 * The person ids of keys, remembered per database, the rest read by `read`. A key is never given to another
 * person (the key columns are AUTOINCREMENT and identity), so a remembered id stays true even after the
 * purge removed the key; a case's contacts are thousands, each a read otherwise.
 */
export async function personIdsOfKeys(database: Database, keys: readonly number[], read: (missing: number[]) => Promise<Map<number, string>>): Promise<Map<number, string>> {
  const cache = cachesOf(database).personIds;
  const found = new Map<number, string>();
  const missing: number[] = [];
  for (const key of keys) {
    const id = cache.get(key);
    if (id === undefined) missing.push(key);
    else found.set(key, id);
  }
  if (missing.length === 0) return found;
  for (const [key, id] of await read(missing)) {
    cache.set(key, id);
    found.set(key, id);
  }
  return found;
}

/** SQLite: a cached statement per person, inside the transaction that holds the connection. */
function allocatePeopleSqlite(sqlite: BetterSqlite3.Database, ids: string[]): Map<string, number> {
  const insert = prepared(sqlite, 'insert into checkin_people (person_id) values (?) on conflict (person_id) do nothing');
  const select = prepared(sqlite, 'select key from checkin_people where person_id = ?');
  const keys = new Map<string, number>();
  for (const id of ids) {
    const inserted = insert.run(id);
    keys.set(id, inserted.changes === 1 ? Number(inserted.lastInsertRowid) : (select.get(id) as { key: number }).key);
  }
  return keys;
}

/** PostgreSQL: one statement inserts the new and returns every key; people another session added meanwhile are read after. */
async function allocatePeoplePostgres(executor: Executor, ids: string[]): Promise<Map<string, number>> {
  const result = await sql<{ key: number; person_id: string }>`
    with wanted(person_id) as (select unnest(${ids}::text[])),
    inserted as (insert into checkin_people (person_id) select person_id from wanted on conflict (person_id) do nothing returning key, person_id)
    select key, person_id from inserted
    union all
    select checkin_people.key, checkin_people.person_id from checkin_people join wanted on wanted.person_id = checkin_people.person_id`.execute(executor);
  const keys = new Map(result.rows.map((row) => [row.person_id, Number(row.key)]));
  const late = ids.filter((id) => !keys.has(id));
  if (late.length > 0) {
    const rows = await executor.selectFrom('checkin_people').select(['key', 'person_id']).where('person_id', 'in', late).execute();
    for (const row of rows) keys.set(row.person_id, Number(row.key));
  }
  return keys;
}

/**
 * The keys of venues inside the caller's transaction, allocating those not seen before. A venue that
 * moved to another jurisdiction since it was last seen is updated, so that its later check-ins go to the
 * staff and retention of its new place.
 */
export async function resolveVenueKeys(trx: Transaction<Schema>, database: Database, venues: CheckinVenue[]): Promise<ResolvedKeys> {
  const cache = cachesOf(database).venues;
  const keys = new Map<string, number>();
  const changed = new Map<string, CheckinVenue>();
  for (const venue of venues) {
    const known = cache.get(venue.venueId);
    if (known && known.jurisdictionCode === venue.jurisdictionCode && known.countyCode === venue.countyCode) keys.set(venue.venueId, known.key);
    else changed.set(venue.venueId, venue);
  }
  if (changed.size === 0) return { keys, remember: () => {} };
  const pending = [...changed.values()].sort((a, b) => (a.venueId < b.venueId ? -1 : 1));
  const allocated = database.sqlite ? upsertVenuesSqlite(database.sqlite, pending) : await upsertVenuesPostgres(trx, pending);
  for (const [id, key] of allocated) keys.set(id, key);
  return {
    keys,
    remember: () => {
      for (const venue of pending) cache.set(venue.venueId, { key: allocated.get(venue.venueId)!, jurisdictionCode: venue.jurisdictionCode, countyCode: venue.countyCode });
    },
  };
}

const UPSERT_VENUE_END = 'on conflict (venue_id) do update set jurisdiction_code = excluded.jurisdiction_code, county_code = excluded.county_code returning key, venue_id';

function upsertVenuesSqlite(sqlite: BetterSqlite3.Database, venues: CheckinVenue[]): Map<string, number> {
  const upsert = prepared(sqlite, `insert into checkin_venues (venue_id, jurisdiction_code, county_code) values (?, ?, ?) ${UPSERT_VENUE_END}`);
  return new Map(venues.map((venue) => [venue.venueId, (upsert.get(venue.venueId, venue.jurisdictionCode, venue.countyCode) as { key: number }).key]));
}

async function upsertVenuesPostgres(executor: Executor, venues: CheckinVenue[]): Promise<Map<string, number>> {
  const result = await sql<{ key: number; venue_id: string }>`
    insert into checkin_venues (venue_id, jurisdiction_code, county_code)
    select * from unnest(${venues.map((venue) => venue.venueId)}::text[], ${venues.map((venue) => venue.jurisdictionCode)}::text[], ${venues.map((venue) => venue.countyCode)}::text[])
    ${sql.raw(UPSERT_VENUE_END)}`.execute(executor);
  return new Map(result.rows.map((row) => [row.venue_id, Number(row.key)]));
}

/** The key of a person already seen in check-ins, without allocating one (reads). */
export async function findPersonKey(executor: Executor, personId: string): Promise<number | undefined> {
  const row = await executor.selectFrom('checkin_people').select('key').where('person_id', '=', personId).executeTakeFirst();
  return row === undefined ? undefined : Number(row.key);
}

/** The key of a venue already seen in check-ins, without allocating one (reads). */
export async function findVenueKey(executor: Executor, venueId: string): Promise<number | undefined> {
  const row = await executor.selectFrom('checkin_venues').select('key').where('venue_id', '=', venueId).executeTakeFirst();
  return row === undefined ? undefined : Number(row.key);
}
