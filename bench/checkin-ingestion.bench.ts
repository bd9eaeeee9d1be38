import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'kysely';
import { deriveKey } from '../src/platform/crypto.ts';
import { openDatabase, type Database } from '../src/platform/db/database.ts';
import { Random } from '../src/sim/random.ts';
import { signVenueToken, TOKEN_KEY_PURPOSE } from '../src/venue-codes/token.ts';
import { benchToken, citizenCount, citizenPerson, VENUE_OPERATOR, type CheckinDataset } from './checkins-dataset.ts';
import { COUNTY_CODE } from './checkins-synthesis.ts';
import { scanOf, type BatchJob, type LoadResult, type ScanJob } from './checkin-load.ts';
import type { Figure } from './harness.ts';

/**
 * Check-in ingestion against the big data set, over real HTTP on loopback: the platform's server in one
 * process, the load in another. (a) device batches of 5,000 items from 2 clients; (b) single citizen scans
 * with 64 in flight. Each is compared with the bare insert of the same rows into the same table with the
 * same driver in the same run, and the scans also with the same load against the web framework alone;
 * everything a run adds is removed after, so the data set stays as built.
 */

const BATCH_ITEMS = 5000;
const BATCH_CLIENTS = 2;
const SCAN_CONCURRENCY = 64;
const SCAN_VENUES = 2000;
const EXIT_SHARE = 0.35;
/** The server's pool holds 10 connections: the PostgreSQL reference writes scans on as many. */
const POSTGRES_WRITERS = 10;

export interface IngestionOptions {
  batches: number;
  scanSeconds: number;
}

export function ingestionOptions(env: NodeJS.ProcessEnv = process.env): IngestionOptions {
  return { batches: Number(env.BULWARK_BENCH_CHECKINS_BATCHES ?? 40), scanSeconds: Number(env.BULWARK_BENCH_CHECKINS_SCAN_SECONDS ?? 25) };
}

interface VenueRef {
  key: number;
  token: string;
  jurisdictionCode: string;
}

/** One row as the bare reference inserts it. */
type Row = [personKey: number, venueKey: number, enteredAt: number, exitedAt: number | null, temperature: null, source: string, county: string, jurisdiction: string, recordedAt: number];
const COLUMNS = 'person_key, venue_key, entered_at, exited_at, temperature, source, county_code, jurisdiction_code, recorded_at';

const load = () => Number(loadavg()[0]!.toFixed(2));

async function venueRefs(database: Database, dataset: CheckinDataset, count: number): Promise<VenueRef[]> {
  const key = deriveKey(dataset.secretKey, TOKEN_KEY_PURPOSE);
  const rows = await sql<{ key: number; code_id: string; venue_id: string; jurisdiction_code: string }>`
    select checkin_venues.key, venue_codes.id as code_id, venue_codes.venue_id, venue_codes.jurisdiction_code
    from venue_codes join checkin_venues on checkin_venues.venue_id = venue_codes.venue_id
    where venue_codes.revoked_at is null order by checkin_venues.key limit ${count}`.execute(database.db);
  return rows.rows.map((row) => ({ key: Number(row.key), token: signVenueToken(key, { codeId: row.code_id, venueId: row.venue_id }), jurisdictionCode: row.jurisdiction_code }));
}

/**
 * Where the run starts: the highest person key, to take away keys it adds. Its audit records stay: the
 * audit log is append-only by design (a trigger refuses deletes), and they are a small part of the file.
 */
interface Mark {
  personKey: number;
}

async function mark(database: Database): Promise<Mark> {
  const people = await sql<{ key: number | null }>`select max(key) as key from checkin_people`.execute(database.db);
  return { personKey: Number(people.rows[0]?.key ?? 0) };
}

/** Removes the check-ins entered today at the given venues (nothing in the history is), their fever flags, the history's links to them and the person keys added since the mark. */
async function removeAdded(database: Database, dataset: CheckinDataset, venueKeys: number[], since: Mark): Promise<number> {
  let removed = 0;
  await database.db.transaction().execute(async (trx) => {
    const people = new Set<number>();
    for (const venueKey of venueKeys) {
      const deleted = await trx.deleteFrom('checkins').where('venue_key', '=', venueKey).where('entered_at', '>=', dataset.todayStart).returning('person_key').execute();
      for (const row of deleted) people.add(Number(row.person_key));
      removed += deleted.length;
    }
    // The last check-in before today of each of their people pointed to one of them: the chain ends there again.
    const keys = [...people];
    for (let start = 0; start < keys.length; start += 10_000) {
      const chunk = sql.join(keys.slice(start, start + 10_000));
      await sql`update checkins set next_entered_at = null where (person_key, entered_at) in (
        select person_key, max(entered_at) from checkins where person_key in (${chunk}) and entered_at < ${dataset.todayStart} group by person_key)`.execute(trx);
    }
    await trx.deleteFrom('fever_flags').where('entered_at', '>=', dataset.todayStart).execute();
    await trx.deleteFrom('checkin_people').where('key', '>', since.personKey).execute();
  });
  return removed;
}

/** Starts a server script in a child process; resolves with its port once it prints "listening <port>". */
async function startServer(script: string, env: NodeJS.ProcessEnv = {}, profiled = false): Promise<{ port: number; stop(): Promise<void> }> {
  // BULWARK_BENCH_SERVER_PROFILE=<folder> writes the platform server's CPU profile there (node --cpu-prof).
  const profile = profiled && process.env.BULWARK_BENCH_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BULWARK_BENCH_SERVER_PROFILE}`] : [];
  // The server runs with the heap settings the benchmarks were started with, which are the product's (package.json).
  const heap = process.execArgv.filter((flag) => flag.startsWith('--max-semi-space-size'));
  const child = spawn(process.execPath, [...heap, ...profile, '--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^listening (\d+)/.exec(line);
      if (match) resolve(Number(match[1]));
    });
    void exited.then((code) => reject(new Error(`the server exited with ${code} before listening`)));
  });
  return {
    port,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The platform's server on the data set. */
const startPlatformServer = (dataset: CheckinDataset) =>
  startServer('bench/checkin-server.ts', { BULWARK_BENCH_SERVER_DATABASE: dataset.url, BULWARK_BENCH_SERVER_SECRET: dataset.secretKey.toString('hex'), BULWARK_BENCH_SERVER_NOW: dataset.now.toISOString() }, true);

/** Runs the load generator on a job in its own process. */
async function runLoad(job: BatchJob | ScanJob): Promise<LoadResult> {
  const folder = mkdtempSync(join(tmpdir(), 'bulwark-bench-load-'));
  try {
    const file = join(folder, 'job.json');
    writeFileSync(file, JSON.stringify(job));
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/checkin-load.ts', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`the load generator exited with ${code}`);
    return JSON.parse(output.trim().split('\n').pop()!) as LoadResult;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The device batches: distinct persons in each, entries spread over this morning, a third with their exit. */
function deviceBatches(dataset: CheckinDataset, personIds: string[], venues: VenueRef[], count: number): { bodies: string[]; rows: Row[][] } {
  const random = new Random(`${dataset.manifest.size.seed}:batches`);
  const nowSeconds = Math.floor(dataset.now.getTime() / 1000);
  const latestEntry = nowSeconds - dataset.todayStart - 3600;
  const bodies: string[] = [];
  const rows: Row[][] = [];
  for (let batch = 0; batch < count; batch++) {
    const venue = venues[batch % venues.length]!;
    const chosen = new Set<number>();
    while (chosen.size < Math.min(BATCH_ITEMS, personIds.length)) chosen.add(random.integer(0, personIds.length - 1));
    const items: object[] = [];
    const batchRows: Row[] = [];
    for (const person of chosen) {
      const enteredAt = dataset.todayStart + random.integer(0, latestEntry);
      const exitedAt = random.chance(EXIT_SHARE) ? enteredAt + random.integer(300, 3600) : null;
      items.push({ personId: personIds[person], enteredAt: new Date(enteredAt * 1000).toISOString(), ...(exitedAt ? { exitedAt: new Date(exitedAt * 1000).toISOString() } : {}) });
      batchRows.push([person + 1, venue.key, enteredAt, exitedAt, null, 'device', COUNTY_CODE, venue.jurisdictionCode, nowSeconds]);
    }
    bodies.push(JSON.stringify({ token: venue.token, items }));
    rows.push(batchRows);
  }
  return { bodies, rows };
}

/** The bare reference for batches: one transaction per batch, a prepared insert per row (SQLite) or one unnest insert (PostgreSQL). */
async function bareBatches(database: Database, batches: Row[][]): Promise<number> {
  const started = process.hrtime.bigint();
  if (database.sqlite) {
    const insert = database.sqlite.prepare(`insert into checkins (${COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertBatch = database.sqlite.transaction((rows: Row[]) => {
      for (const row of rows) insert.run(row);
    });
    for (const rows of batches) insertBatch(rows);
  } else {
    let next = 0;
    await Promise.all(
      Array.from({ length: BATCH_CLIENTS }, async () => {
        const client = await database.pool!.connect();
        try {
          while (next < batches.length) {
            const rows = batches[next++]!;
            const column = (index: number) => rows.map((row) => row[index]);
            await client.query(
              `insert into checkins (${COLUMNS}) select * from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::integer[], $6::text[], $7::text[], $8::text[], $9::bigint[])`,
              [0, 1, 2, 3, 4, 5, 6, 7, 8].map(column),
            );
          }
        } finally {
          client.release();
        }
      }),
    );
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** The bare reference for scans: each row its own transaction, as a scan must be acknowledged once durable. */
async function bareScans(database: Database, rows: Row[]): Promise<number> {
  const started = process.hrtime.bigint();
  if (database.sqlite) {
    const insert = database.sqlite.prepare(`insert into checkins (${COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertOne = database.sqlite.transaction((row: Row) => insert.run(row));
    for (const row of rows) insertOne(row);
  } else {
    let next = 0;
    await Promise.all(
      Array.from({ length: POSTGRES_WRITERS }, async () => {
        const client = await database.pool!.connect();
        try {
          while (next < rows.length) {
            await client.query({ name: 'bench-insert-checkin', text: `insert into checkins (${COLUMNS}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, values: rows[next++]! });
          }
        } finally {
          client.release();
        }
      }),
    );
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

export async function benchCheckinIngestion(dataset: CheckinDataset, options = ingestionOptions(), say: (line: string) => void = (line) => console.error(line)): Promise<Figure[]> {
  const dialect = dataset.dialect;
  const size = dataset.manifest.size;
  const database = openDatabase(dataset.url);
  const figures: Figure[] = [];
  try {
    const venues = await venueRefs(database, dataset, SCAN_VENUES);
    const people = await database.db.selectFrom('checkin_people').select(['key', 'person_id']).orderBy('key').execute();
    const personIds = people.map((row) => row.person_id);
    const venueKeys = venues.map((venue) => venue.key);
    const before = await mark(database);
    // A run interrupted earlier may have left rows behind.
    await removeAdded(database, dataset, venueKeys, before);
    const { bodies, rows: batchRows } = deviceBatches(dataset, personIds, venues.slice(0, 100), options.batches);
    const citizens = Array.from({ length: citizenCount(size) }, (_, account) => benchToken(dataset.secretKey, `bench.citizen.${account}`));
    const enteredFrom = dataset.todayStart + 3600;

    say(`check-in ingestion on ${dialect}: ${options.batches} batches of ${BATCH_ITEMS} items, then ${options.scanSeconds} s of scans by ${citizens.length.toLocaleString('en-US')} citizens`);
    const server = await startPlatformServer(dataset);
    let batches: LoadResult;
    let scans: LoadResult;
    let batchLoad: number;
    let scanLoad: number;
    try {
      batches = await runLoad({ mode: 'batches', port: server.port, token: benchToken(dataset.secretKey, VENUE_OPERATOR), bodies, concurrency: BATCH_CLIENTS });
      batchLoad = load();
      say(`  batches: ${JSON.stringify(batches)}`);
      scans = await runLoad({ mode: 'scans', port: server.port, citizens, venues: venues.map((venue) => venue.token), enteredFrom, concurrency: SCAN_CONCURRENCY, warmupSeconds: 3, seconds: options.scanSeconds });
      scanLoad = load();
      say(`  scans: ${JSON.stringify(scans)}`);
    } finally {
      await server.stop();
    }
    // The same scans against the framework alone: what HTTP on loopback costs here before any work is done.
    const floorServer = await startServer('bench/http-floor-server.ts');
    let floor: LoadResult;
    let floorLoad: number;
    try {
      floor = await runLoad({ mode: 'scans', port: floorServer.port, citizens, venues: venues.map((venue) => venue.token), enteredFrom, concurrency: SCAN_CONCURRENCY, warmupSeconds: 3, seconds: options.scanSeconds });
      floorLoad = load();
      say(`  scans, framework alone: ${JSON.stringify(floor)}`);
    } finally {
      await floorServer.stop();
    }
    say(`  removed ${(await removeAdded(database, dataset, venueKeys, before)).toLocaleString('en-US')} check-ins added over HTTP`);

    const batchReferenceSeconds = await bareBatches(database, batchRows);
    const batchReferenceLoad = load();
    const referenceBatchRows = batchRows.reduce((sum, rows) => sum + rows.length, 0);
    const nowSeconds = Math.floor(dataset.now.getTime() / 1000);
    const scanRows: Row[] = [];
    for (let index = 0; index < Math.max(1, scans.measured); index++) {
      const scan = scanOf(index, citizens.length, venues.length, enteredFrom);
      const venue = venues[scan.venue]!;
      scanRows.push([citizenPerson(size, scan.citizen) + 1, venue.key, scan.enteredAt, null, null, 'scan', COUNTY_CODE, venue.jurisdictionCode, nowSeconds]);
    }
    await removeAdded(database, dataset, venueKeys, before);
    const scanReferenceSeconds = await bareScans(database, scanRows);
    const scanReferenceLoad = load();
    await removeAdded(database, dataset, venueKeys, before);
    say(`  bare references: batches ${referenceBatchRows} rows in ${batchReferenceSeconds.toFixed(2)} s, scans ${scanRows.length} rows in ${scanReferenceSeconds.toFixed(2)} s`);

    const at = `${dataset.manifest.rows.checkins.toLocaleString('en-US')} stored`;
    const batchRate = batches.stored / batches.seconds;
    const batchReference = referenceBatchRows / batchReferenceSeconds;
    const scanRate = scans.measured / scans.seconds;
    const scanReference = scanRows.length / scanReferenceSeconds;
    figures.push(
      {
        benchmark: `check-in batches over HTTP (${BATCH_ITEMS.toLocaleString('en-US')} items, ${BATCH_CLIENTS} clients)`,
        dialect,
        metric: `${batches.stored.toLocaleString('en-US')} rows, ${at}`,
        value: Math.round(batchRate),
        unit: 'rows/s',
        load: batchLoad,
        reference: { name: `bare ${database.sqlite ? 'prepared-insert loop' : 'unnest insert'}, a transaction per batch, same rows and driver (load ${batchReferenceLoad})`, value: Math.round(batchReference), ratio: batchRate / batchReference },
      },
      {
        benchmark: 'check-in batches over HTTP: goal',
        dialect,
        metric: `at least 50,000 rows/s, ${at}`,
        value: Math.round(batchRate),
        unit: 'rows/s',
        load: batchLoad,
        reference: { name: 'goal: 50,000 rows/s', value: 50_000, ratio: batchRate / 50_000, goal: 1 },
      },
      {
        benchmark: `single scans over HTTP (${SCAN_CONCURRENCY} in flight, ${citizens.length.toLocaleString('en-US')} citizens)`,
        dialect,
        metric: `${scans.measured.toLocaleString('en-US')} scans in ${scans.seconds} s, ${at}`,
        value: Math.round(scanRate),
        unit: 'scans/s',
        load: scanLoad,
        reference: { name: `bare ${database.sqlite ? 'prepared insert' : `insert on ${POSTGRES_WRITERS} connections`}, a transaction per row (load ${scanReferenceLoad})`, value: Math.round(scanReference), ratio: scanRate / scanReference },
      },
      {
        benchmark: 'single scans over HTTP: goal',
        dialect,
        metric: `at least 10,000 scans/s, ${at}`,
        value: Math.round(scanRate),
        unit: 'scans/s',
        load: scanLoad,
        reference: { name: 'goal: 10,000 scans/s', value: 10_000, ratio: scanRate / 10_000, goal: 1 },
      },
      {
        benchmark: 'single scans over HTTP: the framework alone (same load; a server that parses and answers, nothing else)',
        dialect,
        metric: `${floor.measured.toLocaleString('en-US')} answers in ${floor.seconds} s (p50 ${floor.latencyMs.p50.toFixed(1)} ms, p99 ${floor.latencyMs.p99.toFixed(1)} ms)`,
        value: Math.round(floor.measured / floor.seconds),
        unit: 'scans/s',
        load: floorLoad,
        reference: { name: 'goal: 10,000 scans/s', value: 10_000, ratio: floor.measured / floor.seconds / 10_000 },
      },
      {
        benchmark: 'single scans over HTTP: latency',
        dialect,
        metric: `p99 (p50 ${scans.latencyMs.p50.toFixed(1)}, p95 ${scans.latencyMs.p95.toFixed(1)}, max ${scans.latencyMs.max.toFixed(0)})`,
        value: Number(scans.latencyMs.p99.toFixed(1)),
        unit: 'ms',
        load: scanLoad,
        reference: { name: 'goal: p99 under 50 ms', value: 50, ratio: scans.latencyMs.p99 / 50, goal: 1, atMost: true },
      },
    );
    if (batches.firstError || scans.firstError) say(`  errors: ${batches.firstError ?? ''} ${scans.firstError ?? ''}`);
  } finally {
    await database.close();
  }
  return figures;
}
