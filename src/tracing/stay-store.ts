import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { prepared } from '../platform/db/statements.ts';
import type { Database } from '../platform/db/database.ts';
import type { Schema } from '../platform/db/schema.ts';
import { LONG_STAY_SECONDS, LONGEST_STAY_SECONDS, type Stay } from './stays.ts';

/**
 * The check-in reads contact tracing makes, over the compact-key layout (docs/decisions/0009): a person's
 * stays by the natural key, a venue's by the covering venue index plus the index of long stays (migration
 * 0009). The engines receive it as a parameter, so that they run the same on either database and in the
 * benchmarks. Callers have been authorized: these reads return keys, never names.
 */
export interface StayReader {
  /** A person's stays entered in [from, to). */
  staysOf(person: number, from: number, to: number): Promise<Stay[]>;
  /**
   * For each span, the stays at its venue that may be under way at some moment of [from, to): entered before
   * `to`, and no earlier than `reach` seconds before `from` (recorded long stays: up to a week before). All
   * spans of a trace are asked at once, so that PostgreSQL answers them in two round trips, not two each.
   */
  staysAt(spans: readonly VenueSpan[]): Promise<Stay[][]>;
  /** Stays entered at a venue in [from, to): its visitors of a day. */
  staysEnteredAt(venue: number, from: number, to: number): Promise<Stay[]>;
  /** The venue type of each venue key (null: a venue without one). */
  venueTypesOf(venues: readonly number[]): Promise<Map<number, string | null>>;
  /** The person keys of the people affiliated with each venue (its staff, its pupils). */
  staffOf(venues: readonly number[]): Promise<Map<number, Set<number>>>;
}

/** A stretch of a venue's time to read, and how long before it a stay there may have begun. */
export interface VenueSpan {
  venue: number;
  from: number;
  to: number;
  reach: number;
}

const STAY_COLUMNS = 'person_key as person, venue_key as venue, entered_at as "enteredAt", exited_at as "exitedAt", next_entered_at as "nextEnteredAt"';
// A long stay has its exit, so its next check-in is not needed, and its index need not cover it.
const LONG_STAY_COLUMNS = 'person_key as person, venue_key as venue, entered_at as "enteredAt", exited_at as "exitedAt", null as "nextEnteredAt"';
// The long-stay condition is spelled exactly as the partial index's, so that both databases use that index.
const LONG_STAY = `exited_at - entered_at > ${LONG_STAY_SECONDS}`;

/** The reader of a platform database: cached prepared statements on SQLite, parameterized SQL on PostgreSQL. */
export function stayReaderOf(database: Database): StayReader {
  return database.sqlite ? sqliteReader(database.sqlite) : postgresReader(database.db);
}

/** A row of STAY_COLUMNS as the raw statements return it: an array, cheaper to make than an object. */
type StayRow = [number, number, number, number | null, number | null];
const fromRows = (rows: unknown[]): Stay[] => (rows as StayRow[]).map((row) => ({ person: row[0], venue: row[1], enteredAt: row[2], exitedAt: row[3], nextEnteredAt: row[4] }));

function sqliteReader(sqlite: BetterSqlite3.Database): StayReader {
  // Raw (array) rows: a venue's stays are read by the ten thousand, and objects made by the driver cost twice as much.
  const raw = (text: string) => prepared(sqlite, text).raw(true);
  const ofPerson = raw(`select ${STAY_COLUMNS} from checkins where person_key = ? and entered_at >= ? and entered_at < ? order by entered_at`);
  const atVenue = raw(`select ${STAY_COLUMNS} from checkins where venue_key = ? and entered_at >= ? and entered_at < ?`);
  const longAtVenue = raw(`select ${LONG_STAY_COLUMNS} from checkins where venue_key = ? and entered_at >= ? and entered_at < ? and ${LONG_STAY} and exited_at > ?`);
  return {
    staysOf: async (person, from, to) => fromRows(ofPerson.all(person, from, to)),
    staysAt: async (spans) =>
      spans.map(({ venue, from, to, reach }) => {
        const recent = fromRows(atVenue.all(venue, from - reach, to));
        if (reach >= LONGEST_STAY_SECONDS) return recent;
        return recent.concat(fromRows(longAtVenue.all(venue, from - LONGEST_STAY_SECONDS, from - reach, from)));
      }),
    staysEnteredAt: async (venue, from, to) => fromRows(atVenue.all(venue, from, to)),
    venueTypesOf: (venues) => venueTypes(sqlite, venues),
    async staffOf(venues) {
      // Bare keys: a factory's or a school's people are thousands.
      const statement = prepared(sqlite, STAFF_SQL).pluck(true);
      return new Map([...new Set(venues)].map((venue) => [venue, new Set(statement.all(venue) as number[])]));
    },
  };
}

async function venueTypes(sqlite: BetterSqlite3.Database, venues: readonly number[]): Promise<Map<number, string | null>> {
  const found = new Map<number, string | null>();
  const statement = prepared(sqlite, 'select checkin_venues.key as key, places.venue_type as type from checkin_venues join places on places.id = checkin_venues.venue_id where checkin_venues.key = ?');
  for (const venue of new Set(venues)) {
    const row = statement.get(venue) as { key: number; type: string | null } | undefined;
    found.set(venue, row?.type ?? null);
  }
  return found;
}

// People affiliated with a venue, through the affiliation index on people (migration 0007).
const STAFF_SQL = `select checkin_people.key as person from checkin_venues
  join people on people.affiliation_id = checkin_venues.venue_id
  join checkin_people on checkin_people.person_id = people.id
  where checkin_venues.key = ?`;

const orNull = (value: unknown) => (value === null ? null : Number(value));
const asStays = (rows: Record<string, unknown>[]): Stay[] =>
  rows.map((row) => ({ person: Number(row.person), venue: Number(row.venue), enteredAt: Number(row.enteredAt), exitedAt: orNull(row.exitedAt), nextEnteredAt: orNull(row.nextEnteredAt) }));

function postgresReader(db: Kysely<Schema>): StayReader {
  const columns = sql.raw(STAY_COLUMNS);
  return {
    async staysOf(person, from, to) {
      return asStays((await sql<Record<string, unknown>>`select ${columns} from checkins where person_key = ${person} and entered_at >= ${from} and entered_at < ${to} order by entered_at`.execute(db)).rows);
    },
    async staysAt(spans) {
      const found: Stay[][] = spans.map(() => []);
      if (spans.length === 0) return found;
      const venues = spans.map((span) => span.venue);
      const tos = spans.map((span) => span.to);
      const recent = await sql<Record<string, unknown> & { ordinal: string | number }>`
        select given.ordinal, ${columns} from unnest(${venues}::bigint[], ${spans.map((span) => span.from - span.reach)}::bigint[], ${tos}::bigint[]) with ordinality as given(venue, low, high, ordinal)
        cross join lateral (select person_key, venue_key, entered_at, exited_at, next_entered_at from checkins
          where venue_key = given.venue and entered_at >= given.low and entered_at < given.high) as stays`.execute(db);
      const longIndex = spans.flatMap((span, index) => (span.reach < LONGEST_STAY_SECONDS ? [index] : []));
      const long = longIndex.map((index) => spans[index]!);
      const longRows = long.length === 0 ? { rows: [] } : await sql<Record<string, unknown> & { ordinal: string | number }>`
        select given.ordinal, ${sql.raw(LONG_STAY_COLUMNS)} from unnest(${long.map((span) => span.venue)}::bigint[], ${long.map((span) => span.from - LONGEST_STAY_SECONDS)}::bigint[],
          ${long.map((span) => span.from - span.reach)}::bigint[], ${long.map((span) => span.from)}::bigint[]) with ordinality as given(venue, low, high, since, ordinal)
        cross join lateral (select person_key, venue_key, entered_at, exited_at from checkins
          where venue_key = given.venue and entered_at >= given.low and entered_at < given.high and ${sql.raw(LONG_STAY)} and exited_at > given.since) as stays`.execute(db);
      const recentStays = asStays(recent.rows);
      recent.rows.forEach((row, index) => found[Number(row.ordinal) - 1]!.push(recentStays[index]!));
      const longStays = asStays(longRows.rows);
      longRows.rows.forEach((row, index) => found[longIndex[Number(row.ordinal) - 1]!]!.push(longStays[index]!));
      return found;
    },
    async staysEnteredAt(venue, from, to) {
      return asStays((await sql<Record<string, unknown>>`select ${columns} from checkins where venue_key = ${venue} and entered_at >= ${from} and entered_at < ${to}`.execute(db)).rows);
    },
    async venueTypesOf(venues) {
      const unique = [...new Set(venues)];
      const found = new Map<number, string | null>(unique.map((venue) => [venue, null]));
      if (unique.length === 0) return found;
      const rows = await db.selectFrom('checkin_venues').innerJoin('places', 'places.id', 'checkin_venues.venue_id').select(['checkin_venues.key', 'places.venue_type']).where('checkin_venues.key', 'in', unique).execute();
      for (const row of rows) found.set(Number(row.key), row.venue_type);
      return found;
    },
    async staffOf(venues) {
      const unique = [...new Set(venues)];
      const found = new Map<number, Set<number>>(unique.map((venue) => [venue, new Set()]));
      if (unique.length === 0) return found;
      const rows = await sql<{ venue: string | number; person: string | number }>`select checkin_venues.key as venue, checkin_people.key as person from checkin_venues
        join people on people.affiliation_id = checkin_venues.venue_id
        join checkin_people on checkin_people.person_id = people.id
        where checkin_venues.key = any(${unique}::bigint[])`.execute(db);
      for (const row of rows.rows) found.get(Number(row.venue))!.add(Number(row.person));
      return found;
    },
  };
}
