import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Selectable, type Transaction } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition } from '../platform/auth/scope.ts';
import { prepared } from '../platform/db/statements.ts';
import type { Database } from '../platform/db/database.ts';
import type { Executor } from '../platform/db/executor.ts';
import type { CheckinTable, Schema } from '../platform/db/schema.ts';

/** A check-in as written and read here; when the person next checked in is the store's own (see storeCheckins). */
export type CheckinRow = Omit<Selectable<CheckinTable>, 'next_entered_at'>;
/** A stored check-in with the ids its keys stand for. */
export type NamedCheckinRow = CheckinRow & { person_id: string; venue_id: string };

/** What storing one check-in did: a new row, nothing (already stored), or its missing exit filled in. */
export type StoreOutcome = 'stored' | 'duplicate' | 'updated';

const checkinScope = { jurisdiction: 'checkins.jurisdiction_code', person: 'checkin_people.person_id' };
const COLUMNS = ['person_key', 'venue_key', 'entered_at', 'exited_at', 'temperature', 'source', 'county_code', 'jurisdiction_code', 'recorded_at'] as const;
const naturalKey = (row: Pick<CheckinRow, 'person_key' | 'entered_at' | 'venue_key'>) => `${row.person_key}:${row.entered_at}:${row.venue_key}`;

/**
 * Stores check-ins inside the caller's transaction, idempotently on the natural key (person, entry, venue):
 * a repeat changes nothing, except that a repeat bringing an exit where none was stored fills it in (the
 * scan-out). Returns what happened to each row, in order. Each driver takes its fastest path (DESIGN.md):
 * cached prepared statements on SQLite, one statement over arrays (unnest) on PostgreSQL.
 *
 * Each stored row also keeps the person's check-in chain (migration 0011): its `next_entered_at` is the
 * person's first later entry, and the person's previous check-in now points to it. Rows arrive in any
 * order (a device uploads hours late), so both ends are looked up, along the natural key.
 */
export async function storeCheckins(trx: Transaction<Schema>, database: Database, rows: CheckinRow[]): Promise<StoreOutcome[]> {
  if (rows.length === 0) return [];
  // The transaction holds Kysely's only SQLite connection, which is this handle: the raw statements run inside it.
  return database.sqlite ? storeSqlite(database.sqlite, rows) : storePostgres(trx, rows);
}

function storeSqlite(sqlite: BetterSqlite3.Database, rows: CheckinRow[]): StoreOutcome[] {
  const insert = prepared(
    sqlite,
    `insert into checkins (${COLUMNS.join(', ')}, next_entered_at) values (${COLUMNS.map(() => '?').join(', ')}, ?) on conflict (person_key, entered_at, venue_key) do nothing`,
  );
  const nextEntry = prepared(sqlite, 'select min(entered_at) as next from checkins where person_key = ? and entered_at > ?');
  // The previous check-in's next entry was this one's, if any: now it is this one.
  const linkPrevious = prepared(sqlite, 'update checkins set next_entered_at = ? where person_key = ? and entered_at = (select max(entered_at) from checkins where person_key = ? and entered_at < ?)');
  const fillExit = prepared(sqlite, 'update checkins set exited_at = ? where person_key = ? and entered_at = ? and venue_key = ? and exited_at is null');
  const outcomes: StoreOutcome[] = [];
  for (const row of rows) {
    const next = (nextEntry.get(row.person_key, row.entered_at) as { next: number | null }).next;
    if (insert.run(row.person_key, row.venue_key, row.entered_at, row.exited_at, row.temperature, row.source, row.county_code, row.jurisdiction_code, row.recorded_at, next).changes === 1) {
      linkPrevious.run(row.entered_at, row.person_key, row.person_key, row.entered_at);
      outcomes.push('stored');
    } else if (row.exited_at !== null && fillExit.run(row.exited_at, row.person_key, row.entered_at, row.venue_key).changes === 1) outcomes.push('updated');
    else outcomes.push('duplicate');
  }
  return outcomes;
}

const array = (rows: CheckinRow[], column: (typeof COLUMNS)[number]) => rows.map((row) => row[column]);

/** Rows in natural-key order, so that concurrent batches lock the keys they share in the same order and never deadlock. */
function inKeyOrder(rows: CheckinRow[]): CheckinRow[] {
  return [...rows].sort((a, b) => a.person_key - b.person_key || a.entered_at - b.entered_at || a.venue_key - b.venue_key);
}

async function storePostgres(trx: Transaction<Schema>, rows: CheckinRow[]): Promise<StoreOutcome[]> {
  const sorted = inKeyOrder(rows);
  const inserted = await sql<{ person_key: number; entered_at: number; venue_key: number }>`
    insert into checkins (${sql.raw(COLUMNS.join(', '))})
    select * from unnest(${array(sorted, 'person_key')}::bigint[], ${array(sorted, 'venue_key')}::bigint[], ${array(sorted, 'entered_at')}::bigint[], ${array(sorted, 'exited_at')}::bigint[],
      ${array(sorted, 'temperature')}::integer[], ${array(sorted, 'source')}::text[], ${array(sorted, 'county_code')}::text[], ${array(sorted, 'jurisdiction_code')}::text[], ${array(sorted, 'recorded_at')}::bigint[])
    on conflict (person_key, entered_at, venue_key) do nothing
    returning person_key, entered_at, venue_key`.execute(trx);
  // The first row of each new key is the one stored; any later row of the same key is a repeat.
  const stored = new Set(inserted.rows.map((row) => naturalKey({ person_key: Number(row.person_key), entered_at: Number(row.entered_at), venue_key: Number(row.venue_key) })));
  const outcomes: (StoreOutcome | undefined)[] = rows.map((row) => (stored.delete(naturalKey(row)) ? 'stored' : undefined));
  // Two transactions that store check-ins of one person would each miss the other's rows in the chain; the
  // chain is kept one transaction at a time, and this lock is held to the commit. Taken after the inserts,
  // which lock no existing row, and before any update, so that no transaction holding it waits for a row
  // lock of one waiting for it.
  await sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(trx);
  if (inserted.rows.length > 0) await linkPostgres(trx, inserted.rows);
  const exits = new Map<string, number>();
  rows.forEach((row, index) => {
    if (outcomes[index] === undefined && row.exited_at !== null && !exits.has(naturalKey(row))) exits.set(naturalKey(row), index);
  });
  const filled = exits.size === 0 ? new Set<string>() : await fillExitsPostgres(trx, inKeyOrder([...exits.values()].map((index) => rows[index]!)));
  for (const [key, index] of exits) if (filled.has(key)) outcomes[index] = 'updated';
  return outcomes.map((outcome) => outcome ?? 'duplicate');
}

/** An advisory lock key of its own: "ckin" in ASCII. */
const CHAIN_LOCK = 0x636b696e;

/**
 * The chain around newly stored rows, in one statement: each new row and the previous check-in of its
 * person point to the first later entry, read after the lock, so that rows another transaction committed
 * meanwhile are seen. Only rows whose pointer changes are written: an update writes a new row version and
 * new entries in every index (the venue index covers the pointer), and a new row that is its person's
 * latest, as a live scan is, keeps its null.
 */
async function linkPostgres(trx: Transaction<Schema>, stored: readonly { person_key: number; entered_at: number }[]): Promise<void> {
  await sql`
    with stored(person_key, entered_at) as (select * from unnest(${stored.map((row) => row.person_key)}::bigint[], ${stored.map((row) => row.entered_at)}::bigint[])),
    touched as (
      select person_key, entered_at from stored
      union
      select stored.person_key, (select max(earlier.entered_at) from checkins as earlier where earlier.person_key = stored.person_key and earlier.entered_at < stored.entered_at) from stored
    ),
    linked as (
      select person_key, entered_at, (select min(later.entered_at) from checkins as later where later.person_key = touched.person_key and later.entered_at > touched.entered_at) as next_entered_at
      from touched
    )
    update checkins set next_entered_at = linked.next_entered_at
    from linked where checkins.person_key = linked.person_key and checkins.entered_at = linked.entered_at and checkins.next_entered_at is distinct from linked.next_entered_at`.execute(trx);
}

async function fillExitsPostgres(trx: Transaction<Schema>, rows: CheckinRow[]): Promise<Set<string>> {
  const result = await sql<{ person_key: number; entered_at: number; venue_key: number }>`
    update checkins set exited_at = given.exited_at
    from unnest(${array(rows, 'person_key')}::bigint[], ${array(rows, 'entered_at')}::bigint[], ${array(rows, 'venue_key')}::bigint[], ${array(rows, 'exited_at')}::bigint[])
      as given(person_key, entered_at, venue_key, exited_at)
    where checkins.person_key = given.person_key and checkins.entered_at = given.entered_at and checkins.venue_key = given.venue_key and checkins.exited_at is null
    returning checkins.person_key, checkins.entered_at, checkins.venue_key`.execute(trx);
  return new Set(result.rows.map((row) => naturalKey({ person_key: Number(row.person_key), entered_at: Number(row.entered_at), venue_key: Number(row.venue_key) })));
}

/** Where a page of check-ins ends: the entry time of its last row and the key that breaks ties. */
export interface CheckinPosition {
  enteredAt: number;
  tieKey: number;
}

export interface CheckinSearch {
  /** One person's stays (path a) or everyone at a venue (path b); with both, the person's stays at the venue. */
  personKey?: number | undefined;
  venueKey?: number | undefined;
  /** Entry times within [from, to), epoch seconds. */
  from?: number | undefined;
  to?: number | undefined;
  before?: CheckinPosition | undefined;
  limit: number;
}

/**
 * Check-ins within the scope, newest entry first. A person's stays are ordered by (entry, venue) along the
 * unique key; a venue's by (entry, person) along the venue index: each page is one index range.
 */
export async function searchCheckins(executor: Executor, scope: Scope, search: CheckinSearch): Promise<NamedCheckinRow[]> {
  const byPerson = search.personKey !== undefined;
  const tie = byPerson ? 'checkins.venue_key' : 'checkins.person_key';
  let query = executor
    .selectFrom('checkins')
    .innerJoin('checkin_people', 'checkin_people.key', 'checkins.person_key')
    .innerJoin('checkin_venues', 'checkin_venues.key', 'checkins.venue_key')
    .selectAll('checkins')
    .select(['checkin_people.person_id', 'checkin_venues.venue_id'])
    .where(scopeCondition(scope, checkinScope));
  if (search.personKey !== undefined) query = query.where('checkins.person_key', '=', search.personKey);
  if (search.venueKey !== undefined) query = query.where('checkins.venue_key', '=', search.venueKey);
  if (search.from !== undefined) query = query.where('checkins.entered_at', '>=', search.from);
  if (search.to !== undefined) query = query.where('checkins.entered_at', '<', search.to);
  const before = search.before;
  if (before) {
    query = query
      .where('checkins.entered_at', '<=', before.enteredAt)
      .where((where) => where.or([where('checkins.entered_at', '<', before.enteredAt), where(tie, '<', before.tieKey)]));
  }
  const rows = await query.orderBy('checkins.entered_at', 'desc').orderBy(tie, 'desc').limit(search.limit + 1).execute();
  return rows.map((row) => ({ ...row, person_key: Number(row.person_key), venue_key: Number(row.venue_key) }));
}

/** One check-in by its natural key, with the ids its keys stand for. */
export async function getCheckinRow(executor: Executor, key: { person_key: number; entered_at: number; venue_key: number }): Promise<NamedCheckinRow | undefined> {
  return executor
    .selectFrom('checkins')
    .innerJoin('checkin_people', 'checkin_people.key', 'checkins.person_key')
    .innerJoin('checkin_venues', 'checkin_venues.key', 'checkins.venue_key')
    .selectAll('checkins')
    .select(['checkin_people.person_id', 'checkin_venues.venue_id'])
    .where('checkins.person_key', '=', key.person_key)
    .where('checkins.entered_at', '=', key.entered_at)
    .where('checkins.venue_key', '=', key.venue_key)
    .executeTakeFirst();
}
