import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { loadavg } from 'node:os';
import { Random } from '../src/sim/random.ts';
import type { CheckinDataset } from './checkins-dataset.ts';
import type { Figure } from './harness.ts';

/**
 * The reference for contact tracing: "who shared a venue with this case" as one plain SQL statement, a
 * self-join of check-ins on the venue and overlapping stays, the same text on both databases, using the
 * schema's own indexes (the case's stays along the natural key, everyone at the venue along the venue
 * index). A stay without an exit counts as one hour. The join looks back one day before each of the case's
 * entries, which bounds the venue index range; stays longer than a day are not counted from before that
 * (the data set's longest is about 10 hours). The product's engine is measured against this.
 */
export const FIRST_DEGREE_SQL = `
select contact.person_key,
  sum(
    case when coalesce(contact.exited_at, contact.entered_at + 3600) < coalesce(index_case.exited_at, index_case.entered_at + 3600)
      then coalesce(contact.exited_at, contact.entered_at + 3600) else coalesce(index_case.exited_at, index_case.entered_at + 3600) end
    - case when contact.entered_at > index_case.entered_at then contact.entered_at else index_case.entered_at end
  ) as overlap_seconds
from checkins as index_case
join checkins as contact
  on contact.venue_key = index_case.venue_key
  and contact.entered_at >= index_case.entered_at - 86400
  and contact.entered_at < coalesce(index_case.exited_at, index_case.entered_at + 3600)
  and coalesce(contact.exited_at, contact.entered_at + 3600) > index_case.entered_at
  and contact.person_key <> index_case.person_key
where index_case.person_key = ? and index_case.entered_at >= ? and index_case.entered_at < ?
group by contact.person_key`;

/**
 * A case's settled close contacts, as plain SQL: the people of its household and of its class or team
 * (people.household_id, people.affiliation_id and affiliation_group), by check-in key. The engine traces
 * their contacts as the second degree of a new case; the reference runs FIRST_DEGREE_SQL for each.
 */
export const SETTLED_CLOSE_SQL = `
select mates.key from checkin_people as own
join people as person on person.id = own.person_id
join people as mate on mate.household_id = person.household_id and mate.id <> person.id
join checkin_people as mates on mates.person_id = mate.id
where own.key = ?
union
select mates.key from checkin_people as own
join people as person on person.id = own.person_id
join people as mate on mate.affiliation_id = person.affiliation_id and mate.affiliation_group = person.affiliation_group and mate.id <> person.id
join checkin_people as mates on mates.person_id = mate.id
where own.key = ?`;

/**
 * SQLite read settings for the big table, which the product's engine must use as well: a 1 GiB page cache
 * per connection and the file memory-mapped up to the library's limit (2 GiB in this build).
 */
export const SQLITE_READ_PRAGMAS = { cache_size: -1_048_576, mmap_size: 2_147_418_112 };

const TRACE_DAYS = 14;
const SECOND_DEGREE_LIMIT_SECONDS = 120;
const WARM_UP_CASES = 20;

export interface ContactOverlap {
  personKey: number;
  overlapSeconds: number;
}

/** A connection that runs the reference query: the raw driver of each database. */
export interface ReferenceConnection {
  settings: string;
  firstDegree(personKey: number, from: number, to: number): Promise<ContactOverlap[]>;
  settledClose(personKey: number): Promise<number[]>;
  hasStays(personKey: number, from: number, to: number): Promise<boolean>;
  /** Everyone at the venue in the window, as the venue index holds them (the columns tracing reads); returns how many. */
  venueWindow(venueKey: number, from: number, to: number): Promise<number>;
  venueKeys(): Promise<number[]>;
  close(): Promise<void>;
}

/** A venue's stays in a window along the venue index, with the columns that tracing reads there. */
const VENUE_WINDOW_SQL = 'select person_key, entered_at, exited_at, next_entered_at from checkins where venue_key = ? and entered_at >= ? and entered_at < ?';
/** Whether the person checked in within the window. */
const HAS_STAYS_SQL = 'select 1 from checkins where person_key = ? and entered_at >= ? and entered_at < ? limit 1';

/** The statement with PostgreSQL's numbered placeholders ($1, $2, ...) for SQLite's `?`, in order. */
function numbered(text: string): string {
  let index = 0;
  return text.replace(/\?/g, () => `$${++index}`);
}

export async function openReference(dataset: CheckinDataset): Promise<ReferenceConnection> {
  if (dataset.dialect === 'sqlite') {
    const sqlite = new BetterSqlite3(dataset.url.slice('sqlite:'.length), { readonly: true });
    sqlite.pragma(`cache_size = ${SQLITE_READ_PRAGMAS.cache_size}`);
    sqlite.pragma(`mmap_size = ${SQLITE_READ_PRAGMAS.mmap_size}`);
    const query = sqlite.prepare(FIRST_DEGREE_SQL);
    const settled = sqlite.prepare(SETTLED_CLOSE_SQL).pluck();
    const stays = sqlite.prepare(HAS_STAYS_SQL);
    const venueWindow = sqlite.prepare(VENUE_WINDOW_SQL).raw(true);
    const settings = `cache_size=${sqlite.pragma('cache_size', { simple: true })}, mmap_size=${sqlite.pragma('mmap_size', { simple: true })}`;
    return {
      settings,
      firstDegree: async (personKey, from, to) => (query.all(personKey, from, to) as { person_key: number; overlap_seconds: number }[]).map((row) => ({ personKey: row.person_key, overlapSeconds: row.overlap_seconds })),
      settledClose: async (personKey) => settled.all(personKey, personKey) as number[],
      hasStays: async (personKey, from, to) => stays.get(personKey, from, to) !== undefined,
      venueWindow: async (venueKey, from, to) => venueWindow.all(venueKey, from, to).length,
      venueKeys: async () => sqlite.prepare('select key from checkin_venues order by key').pluck().all() as number[],
      close: async () => {
        sqlite.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: dataset.url });
  await client.connect();
  const text = numbered(FIRST_DEGREE_SQL);
  const venueWindowText = numbered(VENUE_WINDOW_SQL);
  const hasStaysText = numbered(HAS_STAYS_SQL);
  const settledText = SETTLED_CLOSE_SQL.replace(/\?/g, () => '$1');
  const shown = await client.query<{ name: string; setting: string }>(
    "select name, current_setting(name) as setting from pg_settings where name in ('shared_buffers', 'effective_cache_size', 'work_mem', 'random_page_cost', 'jit') order by name",
  );
  return {
    settings: shown.rows.map((row) => `${row.name}=${row.setting}`).join(', '),
    async firstDegree(personKey, from, to) {
      const result = await client.query<{ person_key: string; overlap_seconds: string }>({ name: 'first-degree', text, values: [personKey, from, to] });
      return result.rows.map((row) => ({ personKey: Number(row.person_key), overlapSeconds: Number(row.overlap_seconds) }));
    },
    async settledClose(personKey) {
      const result = await client.query<{ key: string }>({ name: 'settled-close', text: settledText, values: [personKey] });
      return result.rows.map((row) => Number(row.key));
    },
    async hasStays(personKey, from, to) {
      const result = await client.query({ name: 'has-stays', text: hasStaysText, values: [personKey, from, to] });
      return result.rows.length > 0;
    },
    async venueWindow(venueKey, from, to) {
      const result = await client.query({ name: 'venue-window', text: venueWindowText, values: [venueKey, from, to], rowMode: 'array' });
      return result.rows.length;
    },
    async venueKeys() {
      const result = await client.query<{ key: string }>('select key from checkin_venues order by key');
      return result.rows.map((row) => Number(row.key));
    },
    close: () => client.end(),
  };
}

/** The tracing window: the 14 days before "today". */
export function traceWindow(dataset: CheckinDataset): { from: number; to: number } {
  return { from: dataset.todayStart - TRACE_DAYS * 86_400, to: dataset.todayStart };
}

/** Random persons with at least one check-in in the window, deterministic by seed. */
export async function pickCases(connection: ReferenceConnection, dataset: CheckinDataset, count: number, label: string): Promise<number[]> {
  const random = new Random(`${dataset.manifest.size.seed}:cases:${label}`);
  const { from, to } = traceWindow(dataset);
  const cases = new Set<number>();
  for (let attempts = 0; cases.size < count && attempts < count * 20; attempts++) {
    const personKey = random.integer(1, dataset.manifest.size.persons);
    if (!cases.has(personKey) && (await connection.hasStays(personKey, from, to))) cases.add(personKey);
  }
  return [...cases];
}

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;

/** Times the query for each case: p50 and p95 in milliseconds, and the mean number of contacts. */
export async function timeFirstDegree(connection: ReferenceConnection, dataset: CheckinDataset, cases: number[]): Promise<{ p50: number; p95: number; meanContacts: number }> {
  const { from, to } = traceWindow(dataset);
  const times: number[] = [];
  let contacts = 0;
  for (const personKey of cases) {
    const started = process.hrtime.bigint();
    contacts += (await connection.firstDegree(personKey, from, to)).length;
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), meanContacts: contacts / Math.max(1, cases.length) };
}

export interface CaseBatchTiming {
  cases: number;
  firstDegreeSeconds: number;
  firstDegreeContacts: number;
  /** Second degree: each case's settled close contacts (household, class, team), and the same query for each, until the time limit. */
  settledClose: number;
  secondDegreeDone: number;
  secondDegreeSeconds: number;
  /** Distinct people who shared at least the close threshold's time with a settled close contact. */
  secondDegreeContacts: number;
  finished: boolean;
}

/** Close by cumulative time, as the 9th edition's default sets it (15 minutes); the reference sums over the whole window. */
const CLOSE_SECONDS = 15 * 60;

/**
 * Times the query for many cases back to back, then for their settled close contacts (second degree, as
 * the engine traces a new case's) within 120 s, from which the whole second degree is extrapolated.
 */
export async function timeCaseBatch(connection: ReferenceConnection, dataset: CheckinDataset, cases: number[]): Promise<CaseBatchTiming> {
  const { from, to } = traceWindow(dataset);
  const started = process.hrtime.bigint();
  const first = new Set<number>();
  for (const personKey of cases) for (const contact of await connection.firstDegree(personKey, from, to)) first.add(contact.personKey);
  const firstDegreeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  for (const personKey of cases) first.delete(personKey);
  const secondStarted = process.hrtime.bigint();
  const limit = secondStarted + BigInt(SECOND_DEGREE_LIMIT_SECONDS * 1e9);
  const settled: number[] = [];
  for (const personKey of cases) settled.push(...(await connection.settledClose(personKey)));
  const second = new Set<number>();
  let done = 0;
  for (const personKey of settled) {
    if (process.hrtime.bigint() >= limit) break;
    for (const contact of await connection.firstDegree(personKey, from, to)) if (contact.overlapSeconds >= CLOSE_SECONDS) second.add(contact.personKey);
    done++;
  }
  return {
    cases: cases.length,
    firstDegreeSeconds,
    firstDegreeContacts: first.size,
    settledClose: settled.length,
    secondDegreeDone: done,
    secondDegreeSeconds: Number(process.hrtime.bigint() - secondStarted) / 1e9,
    secondDegreeContacts: second.size,
    finished: done === settled.length,
  };
}

/**
 * Reads every check-in of the window once, venue by venue along the venue index, into the process, and
 * does nothing with them: the floor under any method that traces many cases in one pass over the window.
 */
export async function timeWindowRead(connection: ReferenceConnection, dataset: CheckinDataset): Promise<{ seconds: number; rows: number }> {
  const { from, to } = traceWindow(dataset);
  const venues = await connection.venueKeys();
  const started = process.hrtime.bigint();
  let rows = 0;
  for (const venueKey of venues) rows += await connection.venueWindow(venueKey, from, to);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, rows };
}

export function referenceOptions(env: NodeJS.ProcessEnv = process.env): { cases: number; batchCases: number } {
  return { cases: Number(env.BULWARK_BENCH_CHECKINS_CASES ?? 200), batchCases: Number(env.BULWARK_BENCH_CHECKINS_BATCH_CASES ?? 1000) };
}

/** The reference figures: one case at a time, then 1,000 cases back to back with their second degree. */
export async function benchCheckinReference(dataset: CheckinDataset, options = referenceOptions(), say: (line: string) => void = (line) => console.error(line)): Promise<Figure[]> {
  const connection = await openReference(dataset);
  try {
    const dialect = dataset.dialect;
    const at = `${dataset.manifest.rows.checkins.toLocaleString('en-US')} stored`;
    const warmUp = await pickCases(connection, dataset, WARM_UP_CASES, 'warm-up');
    await timeFirstDegree(connection, dataset, warmUp);
    const cases = await pickCases(connection, dataset, options.cases, 'single');
    const single = await timeFirstDegree(connection, dataset, cases);
    const singleLoad = Number(loadavg()[0]!.toFixed(2));
    say(`  reference, one case (${connection.settings}): ${JSON.stringify(single)}`);
    const batchCases = await pickCases(connection, dataset, options.batchCases, 'batch');
    const batch = await timeCaseBatch(connection, dataset, batchCases);
    const batchLoad = Number(loadavg()[0]!.toFixed(2));
    say(`  reference, ${batchCases.length} cases: ${JSON.stringify(batch)}`);
    const windowRead = await timeWindowRead(connection, dataset);
    const windowLoad = Number(loadavg()[0]!.toFixed(2));
    say(`  reference, one read of the window: ${JSON.stringify(windowRead)}`);
    const perContact = batch.secondDegreeSeconds / Math.max(1, batch.secondDegreeDone);
    const secondDegreeTotal = batch.finished ? batch.secondDegreeSeconds : perContact * batch.settledClose;
    return [
      {
        benchmark: 'first-degree contacts of one case: plain SQL self-join (reference)',
        dialect,
        metric: `p95 of ${cases.length} cases (p50 ${single.p50.toFixed(1)} ms, ${single.meanContacts.toFixed(0)} contacts on average), ${at}; ${connection.settings}`,
        value: Number(single.p95.toFixed(1)),
        unit: 'ms',
        load: singleLoad,
        reference: { name: 'the engine’s goal: p95 under 100 ms', value: 100, ratio: single.p95 / 100, goal: 1, atMost: true },
      },
      {
        benchmark: `${batch.cases.toLocaleString('en-US')} cases back to back, first degree: plain SQL (reference)`,
        dialect,
        metric: `${batch.firstDegreeContacts.toLocaleString('en-US')} distinct contacts, ${at}`,
        value: Number(batch.firstDegreeSeconds.toFixed(2)),
        unit: 's',
        load: batchLoad,
      },
      {
        benchmark: `${batch.cases.toLocaleString('en-US')} cases, second degree: the same query per settled close contact (reference)`,
        dialect,
        metric: batch.finished
          ? `all ${batch.secondDegreeDone.toLocaleString('en-US')} household, class and team members in ${batch.secondDegreeSeconds.toFixed(1)} s, ${batch.secondDegreeContacts.toLocaleString('en-US')} second-degree contacts`
          : `stopped at ${SECOND_DEGREE_LIMIT_SECONDS} s after ${batch.secondDegreeDone.toLocaleString('en-US')} of ${batch.settledClose.toLocaleString('en-US')} household, class and team members; all would take about ${secondDegreeTotal.toFixed(0)} s`,
        value: Number((batch.firstDegreeSeconds + secondDegreeTotal).toFixed(1)),
        unit: 's (first + second degree)',
        load: batchLoad,
        reference: { name: 'the engine’s goal: under 10 s', value: 10, ratio: (batch.firstDegreeSeconds + secondDegreeTotal) / 10, goal: 1, atMost: true },
      },
      {
        benchmark: `one read of the ${TRACE_DAYS}-day window along the venue index, nothing computed (floor of a one-pass trace)`,
        dialect,
        metric: `${windowRead.rows.toLocaleString('en-US')} check-ins, ${at}`,
        value: Number(windowRead.seconds.toFixed(1)),
        unit: 's',
        load: windowLoad,
        reference: { name: 'the engine’s goal for 1,000 cases: under 10 s', value: 10, ratio: windowRead.seconds / 10 },
      },
    ];
  } finally {
    await connection.close();
  }
}
