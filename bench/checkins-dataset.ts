import { createHash, createHmac } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import BetterSqlite3 from 'better-sqlite3';
import { importJurisdictionsCsv } from '../src/jurisdictions/service.ts';
import { buildPersonRow } from '../src/people/records.ts';
import { composeResidentId } from '../src/people/resident-id.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { createPlatform, type Platform } from '../src/platform/context.ts';
import { openDatabase, type Database, type DialectName } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { monthlyPartitionName } from '../src/platform/db/partitions.ts';
import { fixedClock } from '../src/platform/time.ts';
import { Random } from '../src/sim/random.ts';
import { copyField, BUILD_SETTINGS, folderBytes, psql, PsqlSession, SERVE_SETTINGS, startStoredCluster, type StoredCluster } from './postgres-store.ts';
import { COUNTY_CODE, countyTreeCsv, firstDay, localDayStart, SyntheticCounty, villageCode, type HistorySize, type RowSink } from './checkins-synthesis.ts';

/**
 * The check-in benchmarks' database: the platform's full schema (its own migrations) holding a county's
 * synthetic history (SyntheticCounty), its people in their households, teams and classes, venues with their
 * printed codes, and the accounts the benchmarks act as. Built once into BULWARK_BENCH_DATA (default
 * bench/data/) and reused while its manifest matches the requested size (a reused one gets the platform's
 * newer migrations). Rows go in by each database's fastest correct path: on SQLite one
 * connection without journal or sync and multi-row prepared inserts, the check-ins indexes dropped and
 * built after; on PostgreSQL COPY through psql into monthly partitions created in the same transaction
 * (no WAL under wal_level=minimal, rows frozen), keys and indexes added after.
 */

/** Bumped whenever the generator or the load changes what a data set holds. */
const DATASET_VERSION = 3;
/** Citizens with an account and a token, for the scan benchmark. */
const CITIZEN_ACCOUNTS = 20_000;
export const VENUE_OPERATOR = 'bench.venue-operator';

export type CheckinDatasetSize = HistorySize;

/** The size asked for: 1,000,000 persons x 30 days (100,000,000 check-ins) unless overridden. */
export function requestedCheckinDatasetSize(env: NodeJS.ProcessEnv = process.env): CheckinDatasetSize {
  const persons = Number(env.BULWARK_BENCH_CHECKINS_PERSONS ?? 1_000_000);
  const days = Number(env.BULWARK_BENCH_CHECKINS_DAYS ?? 30);
  // 20,000 venues for a million people; as many per person for other sizes.
  const venues = Number(env.BULWARK_BENCH_CHECKINS_VENUES ?? Math.max(100, Math.round((persons / 1_000_000) * 20_000)));
  for (const [name, value] of Object.entries({ persons, days, venues })) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`BULWARK_BENCH_CHECKINS_${name.toUpperCase()}: must be a whole number above 0`);
  }
  return { persons, days, venues, seed: env.BULWARK_BENCH_CHECKINS_SEED ?? 'bench', today: env.BULWARK_BENCH_CHECKINS_TODAY ?? '2026-11-24' };
}

export interface CheckinManifest {
  version: number;
  dialect: DialectName;
  size: CheckinDatasetSize;
  rows: { checkins: number; people: number; venues: number; venueCodes: number; accounts: number };
  builtAt: string;
  buildSeconds: number;
  phases: Record<string, number>;
  bytesOnDisk: number;
  settings: Record<string, string>;
  complete: true;
}

export interface CheckinDataset {
  dialect: DialectName;
  /** The database, as the platform's server takes it. */
  url: string;
  folder: string;
  manifest: CheckinManifest;
  secretKey: Buffer;
  /** The clock the benchmarks run on: 10:00 local time on the day after the history. */
  now: Date;
  /** The instant "today" began (epoch seconds): nothing in the history enters at or after it. */
  todayStart: number;
  /** Whether this run built the data (false: reused). */
  built: boolean;
  close(): Promise<void>;
}

/** The secret key of a data set: derived from its seed, since people are encrypted and codes signed with it. */
export function datasetSecretKey(size: CheckinDatasetSize): Buffer {
  return createHash('sha256').update(`bulwark bench check-ins ${size.seed}`).digest();
}

/** A bearer token of a bench account, derived from the secret key so that it never needs to be stored. */
export function benchToken(secretKey: Buffer, label: string): string {
  return `bwt_${createHmac('sha256', secretKey).update(`bench token ${label}`).digest('base64url')}`;
}

/** The persons (by index) who have a citizen account; account i belongs to person citizenPerson(i). */
export function citizenCount(size: CheckinDatasetSize): number {
  return Math.min(CITIZEN_ACCOUNTS, size.persons);
}
export function citizenPerson(size: CheckinDatasetSize, account: number): number {
  return Math.floor((account * size.persons) / citizenCount(size));
}

export function benchNow(size: CheckinDatasetSize): Date {
  return new Date((localDayStart(size.today) + 10 * 3600) * 1000);
}

function dataRoot(): string {
  return resolve(process.env.BULWARK_BENCH_DATA ?? join(process.cwd(), 'bench', 'data'));
}

function sameSize(a: CheckinDatasetSize, b: CheckinDatasetSize): boolean {
  return a.persons === b.persons && a.days === b.days && a.venues === b.venues && a.seed === b.seed && a.today === b.today;
}

function readManifest(folder: string): CheckinManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as CheckinManifest;
  } catch {
    return undefined;
  }
}

/** The data set of a dialect at the requested size: reused when its manifest matches, built otherwise. */
export async function ensureCheckinDataset(dialect: DialectName, size = requestedCheckinDatasetSize(), say: (line: string) => void = (line) => console.error(line)): Promise<CheckinDataset> {
  const folder = join(dataRoot(), `checkins-${dialect}-${size.persons}x${size.days}`);
  const external = dialect === 'postgres' ? process.env.BULWARK_BENCH_PG_URL : undefined;
  const existing = readManifest(folder);
  const reusable = existing?.complete && existing.version === DATASET_VERSION && existing.dialect === dialect && sameSize(existing.size, size);
  const secretKey = datasetSecretKey(size);
  const now = benchNow(size);
  const todayStart = localDayStart(size.today);
  if (dialect === 'sqlite') {
    const file = join(folder, 'bulwark.db');
    let manifest = existing!;
    const built = !(reusable && existsSync(file));
    if (built) manifest = await buildSqlite(folder, file, size, say);
    else await catchUp(`sqlite:${file}`, folder, manifest, say);
    return { dialect, url: `sqlite:${file}`, folder, manifest, secretKey, now, todayStart, built, close: async () => {} };
  }
  let cluster: StoredCluster | undefined;
  let serverUrl = external;
  let manifest = existing!;
  let built = !reusable;
  if (!external) {
    cluster = await startStoredCluster(join(folder, 'cluster'), reusable ? SERVE_SETTINGS : BUILD_SETTINGS);
    serverUrl = cluster.url;
  }
  const url = withDatabase(serverUrl!, 'bulwark_checkins');
  if (reusable) {
    try {
      psql(url, 'select 1 from checkins limit 1');
    } catch {
      built = true;
    }
  }
  if (built) {
    try {
      manifest = await buildPostgres(folder, serverUrl!, url, size, cluster?.settings ?? {}, say);
    } catch (error) {
      cluster?.stop();
      throw error;
    }
    if (cluster) {
      // Built under bulk-load settings; served under the ordinary ones.
      cluster.stop();
      cluster = await startStoredCluster(join(folder, 'cluster'), SERVE_SETTINGS);
    }
  } else await catchUp(url, folder, manifest, say);
  const servedUrl = withDatabase(cluster ? cluster.url : serverUrl!, 'bulwark_checkins');
  return { dialect, url: servedUrl, folder, manifest, secretKey, now, todayStart, built, close: async () => cluster?.stop() };
}

/**
 * A reused data set gets the platform's migrations added since it was built, as a deployment would: the
 * cheap ones (an index). One that rewrites the check-ins bumps DATASET_VERSION instead, for a rebuild.
 */
async function catchUp(url: string, folder: string, manifest: CheckinManifest, say: (line: string) => void): Promise<void> {
  say(`check-in data set reused: ${folder} (${manifest.rows.checkins.toLocaleString('en-US')} check-ins, built in ${manifest.buildSeconds.toFixed(0)} s)`);
  const database = openDatabase(url);
  try {
    await migrateToLatest(database);
  } finally {
    await database.close();
  }
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Deterministic, time-ordered UUIDs (version 7 layout) for one kind of row, drawn in index order: call once per index. */
function idMaker(seed: string, kind: string, baseMillis: number): (index: number) => string {
  const random = new Random(`${seed}:ids:${kind}`);
  const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');
  return (index) => {
    const millis = baseMillis + index;
    const time = hex(Math.floor(millis / 0x10000), 8) + '-' + hex(millis % 0x10000, 4);
    return `${time}-7${hex(random.nextUint32() & 0xfff, 3)}-${hex(0x8000 | (random.nextUint32() & 0x3fff), 4)}-${hex(random.nextUint32() & 0xffff, 4)}${hex(random.nextUint32(), 8)}`;
  };
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英'];

/** Every row of the data set except the check-ins, as column lists and value arrays, in load order. */
interface TableRows {
  table: string;
  columns: string[];
  rows: unknown[][];
}

/** Venues, codes, people, their keys and the bench accounts. */
async function referenceRows(platform: Platform, county: SyntheticCounty, size: CheckinDatasetSize, say: (line: string) => void): Promise<TableRows[]> {
  const createdAt = new Date(localDayStart(firstDay(size)) * 1000 - 86_400_000).toISOString();
  const venueId = idMaker(size.seed, 'venue', Date.parse(createdAt) - 10_000_000);
  const codeId = idMaker(size.seed, 'code', Date.parse(createdAt) - 5_000_000);
  const personId = idMaker(size.seed, 'person', Date.parse(createdAt) - 20_000_000);
  const householdId = idMaker(size.seed, 'household', Date.parse(createdAt) - 30_000_000);
  const places: unknown[][] = [];
  const codes: unknown[][] = [];
  const venueKeys: unknown[][] = [];
  const venueIds: string[] = [];
  county.venues.forEach((venue, index) => {
    const id = venueId(index);
    venueIds.push(id);
    places.push([id, 'venue', null, venue.jurisdictionCode, COUNTY_CODE, venue.name, venue.type, null, venue.latitude, venue.longitude, null, `bench-venue-${index + 1}`, createdAt, createdAt]);
    codes.push([codeId(index), id, venue.jurisdictionCode, COUNTY_CODE, '正门', createdAt, 'system:bench', null, null, null]);
    venueKeys.push([index + 1, id, venue.jurisdictionCode, COUNTY_CODE]);
  });
  const random = new Random(`${size.seed}:people`);
  const sequences = new Map<string, number>();
  const people: unknown[][] = [];
  const personKeys: unknown[][] = [];
  let peopleColumns: string[] = [];
  const started = Date.now();
  const placements = county.placements();
  const households: string[] = [];
  for (let index = 0; index < size.persons; index++) {
    const person = county.person(index);
    const { household, routine, group } = placements[index]!;
    if (household === households.length) {
      households.push(householdId(household));
      places.push([households[household], 'household', null, villageCode(person.area), COUNTY_CODE, `第${household + 1}户`, null, null, null, null, null, `bench-household-${household + 1}`, createdAt, createdAt]);
    }
    const affiliation = routine < 0 ? null : { id: venueIds[routine]!, group: county.venues[routine]!.type === 'school' ? `${group}班` : `第${group}组` };
    let birthDate = person.birthDate;
    // A resident ID holds a three-digit sequence per region and birth date.
    while ((sequences.get(birthDate) ?? 0) > 999) birthDate = new Date(Date.parse(birthDate) - 86_400_000).toISOString().slice(0, 10);
    const sequence = sequences.get(birthDate) ?? 0;
    sequences.set(birthDate, sequence + 1);
    const name = random.pick(SURNAMES) + random.pick(GIVEN) + (random.chance(0.5) ? random.pick(GIVEN) : '');
    const built = buildPersonRow(
      platform.protector,
      { name, documentType: 'resident_id', documentNumber: composeResidentId(COUNTY_CODE, birthDate, sequence), phone: `1${3_800_000_000 + index}` },
      { jurisdictionCode: villageCode(person.area), countyCode: COUNTY_CODE, householdId: households[household]!, affiliationId: affiliation?.id ?? null, affiliationGroup: affiliation?.group ?? null },
      createdAt,
    );
    if ('issues' in built) throw new Error(`synthetic person ${index}: ${JSON.stringify(built.issues)}`);
    const row = { ...built.row, id: personId(index) } as Record<string, unknown>;
    if (index === 0) peopleColumns = Object.keys(row);
    people.push(peopleColumns.map((column) => row[column] ?? null));
    personKeys.push([index + 1, row.id]);
    if (index > 0 && index % 200_000 === 0) say(`  people: ${index.toLocaleString('en-US')} protected (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  const passwordHash = await platform.passwords.hash(benchToken(platform.secretKey, 'unused password'));
  const accountIdOf = idMaker(size.seed, 'account', Date.parse(createdAt));
  const credentialIdOf = idMaker(size.seed, 'credential', Date.parse(createdAt));
  const accountIds = Array.from({ length: citizenCount(size) + 1 }, (_, index) => accountIdOf(index));
  const accountId = (index: number) => accountIds[index]!;
  const credentialId = (index: number) => credentialIdOf(index);
  const expiresAt = new Date(Date.parse(createdAt) + 3 * 365 * 86_400_000).toISOString();
  const accounts: unknown[][] = [[accountId(0), VENUE_OPERATOR, '场所扫码设备', passwordHash, 'venue_operator', COUNTY_CODE, null, 0, 0, null, createdAt, createdAt]];
  const credentials: unknown[][] = [[credentialId(0), accountId(0), 'token', platform.protector.tokenHash(benchToken(platform.secretKey, VENUE_OPERATOR)), 'bench device', createdAt, expiresAt, null, null]];
  for (let account = 0; account < citizenCount(size); account++) {
    const person = citizenPerson(size, account);
    const username = `bench.citizen.${account}`;
    const row = people[person]!;
    accounts.push([accountId(account + 1), username, username, passwordHash, 'citizen', row[peopleColumns.indexOf('jurisdiction_code')], row[peopleColumns.indexOf('id')], 0, 0, null, createdAt, createdAt]);
    credentials.push([credentialId(account + 1), accountId(account + 1), 'token', platform.protector.tokenHash(benchToken(platform.secretKey, username)), 'bench phone', createdAt, expiresAt, null, null]);
  }
  return [
    { table: 'places', columns: ['id', 'kind', 'parent_id', 'jurisdiction_code', 'county_code', 'name', 'venue_type', 'address', 'latitude', 'longitude', 'outline', 'external_ref', 'created_at', 'updated_at'], rows: places },
    { table: 'venue_codes', columns: ['id', 'venue_id', 'jurisdiction_code', 'county_code', 'label', 'created_at', 'created_by', 'revoked_at', 'revoked_by', 'revoked_reason'], rows: codes },
    { table: 'checkin_venues', columns: ['key', 'venue_id', 'jurisdiction_code', 'county_code'], rows: venueKeys },
    { table: 'people', columns: peopleColumns, rows: people },
    { table: 'checkin_people', columns: ['key', 'person_id'], rows: personKeys },
    { table: 'accounts', columns: ['id', 'username', 'display_name', 'password_hash', 'role', 'jurisdiction_code', 'person_id', 'disabled', 'failed_logins', 'locked_until', 'created_at', 'updated_at'], rows: accounts },
    { table: 'credentials', columns: ['id', 'account_id', 'kind', 'token_hash', 'label', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'], rows: credentials },
  ];
}

const CHECKIN_COLUMNS = ['person_key', 'venue_key', 'entered_at', 'exited_at', 'next_entered_at', 'temperature', 'source', 'county_code', 'jurisdiction_code', 'recorded_at'];

/** A clock of phases: how long each part of the build took. */
function phaseClock(say: (line: string) => void) {
  const phases: Record<string, number> = {};
  const started = Date.now();
  let last = started;
  return {
    phases,
    mark(name: string) {
      const at = Date.now();
      phases[name] = (at - last) / 1000;
      last = at;
      say(`  ${name}: ${phases[name]!.toFixed(1)} s (total ${((at - started) / 1000).toFixed(0)} s)`);
    },
    total: () => (Date.now() - started) / 1000,
  };
}

/** Migrates a new database and loads the county's jurisdictions through the platform. */
async function prepareSchema(database: Database, size: CheckinDatasetSize): Promise<Platform> {
  await migrateToLatest(database);
  const platform = createPlatform({ database, secretKey: datasetSecretKey(size), clock: fixedClock(benchNow(size)) });
  await importJurisdictionsCsv(platform, systemActor('bench'), Readable.from([countyTreeCsv()]));
  return platform;
}

function progress(size: CheckinDatasetSize, say: (line: string) => void) {
  const started = Date.now();
  let rows = 0;
  return (date: string, count: number) => {
    rows += count;
    const seconds = (Date.now() - started) / 1000;
    say(`  check-ins ${date}: ${count.toLocaleString('en-US')} (${rows.toLocaleString('en-US')} in ${seconds.toFixed(0)} s, ${Math.round(rows / seconds).toLocaleString('en-US')}/s)`);
  };
}

async function buildSqlite(folder: string, file: string, size: CheckinDatasetSize, say: (line: string) => void): Promise<CheckinManifest> {
  say(`building the check-in data set on SQLite: ${size.persons.toLocaleString('en-US')} persons x ${size.days} days, ${size.venues.toLocaleString('en-US')} venues, into ${file}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const clock = phaseClock(say);
  const database = openDatabase(`sqlite:${file}`);
  const platform = await prepareSchema(database, size);
  const county = new SyntheticCounty(size);
  const tables = await referenceRows(platform, county, size, say);
  await database.close();
  clock.mark('schema, county and people protected');

  const sqlite = new BetterSqlite3(file);
  // During the load only: no journal, no sync, a large cache; the platform's settings come back after.
  sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -2097152');
  sqlite.pragma('temp_store = FILE');
  for (const { table, columns, rows } of tables) {
    const insert = sqlite.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
    sqlite.transaction(() => {
      for (const row of rows) {
        try {
          insert.run(row);
        } catch (error) {
          throw new Error(`${table}: ${(error as Error).message}: ${JSON.stringify(row)}`);
        }
      }
    })();
  }
  clock.mark('venues, codes, people, keys and accounts inserted');

  const indexes = sqlite.prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = 'checkins' and sql is not null").all() as { name: string; sql: string }[];
  for (const { name } of indexes) sqlite.exec(`drop index ${name}`);
  const PER_STATEMENT = 100;
  const placeholders = `(${CHECKIN_COLUMNS.map(() => '?').join(', ')})`;
  const insertMany = sqlite.prepare(`insert into checkins (${CHECKIN_COLUMNS.join(', ')}) values ${Array(PER_STATEMENT).fill(placeholders).join(', ')}`);
  const insertOne = sqlite.prepare(`insert into checkins (${CHECKIN_COLUMNS.join(', ')}) values ${placeholders}`);
  const jurisdictions = county.venues.map((venue) => venue.jurisdictionCode);
  const values: unknown[] = new Array(PER_STATEMENT * CHECKIN_COLUMNS.length);
  let buffered = 0;
  const report = progress(size, say);
  sqlite.exec('begin');
  const sink: RowSink = {
    row(person, venue, enteredAt, exitedAt, nextEnteredAt, temperature, device, recordedAt) {
      const at = buffered * CHECKIN_COLUMNS.length;
      values[at] = person + 1;
      values[at + 1] = venue + 1;
      values[at + 2] = enteredAt;
      values[at + 3] = exitedAt;
      values[at + 4] = nextEnteredAt;
      values[at + 5] = temperature;
      values[at + 6] = device ? 'device' : 'scan';
      values[at + 7] = COUNTY_CODE;
      values[at + 8] = jurisdictions[venue];
      values[at + 9] = recordedAt;
      if (++buffered === PER_STATEMENT) {
        insertMany.run(values);
        buffered = 0;
      }
    },
    dayDone(date, count) {
      for (let index = 0; index < buffered; index++) insertOne.run(values.slice(index * CHECKIN_COLUMNS.length, (index + 1) * CHECKIN_COLUMNS.length));
      buffered = 0;
      sqlite.exec('commit');
      sqlite.exec('begin');
      report(date, count);
    },
  };
  const checkins = await county.writeHistory(sink);
  sqlite.exec('commit');
  clock.mark('check-ins inserted');
  // Sorting for the index builds may use a second core.
  sqlite.pragma('threads = 2');
  for (const { name, sql } of indexes) {
    sqlite.exec(sql);
    clock.mark(`index ${name} built`);
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();
  const manifest: CheckinManifest = {
    version: DATASET_VERSION,
    dialect: 'sqlite',
    size,
    rows: { checkins, people: size.persons, venues: size.venues, venueCodes: size.venues, accounts: tables.find((table) => table.table === 'accounts')!.rows.length },
    builtAt: new Date().toISOString(),
    buildSeconds: clock.total(),
    phases: clock.phases,
    bytesOnDisk: statSync(file).size,
    settings: { load: 'journal_mode=OFF, synchronous=OFF, cache_size=2 GiB, 100-row prepared inserts, indexes built after with threads=2' },
    complete: true,
  };
  writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));
  say(`check-in data set built in ${manifest.buildSeconds.toFixed(0)} s: ${checkins.toLocaleString('en-US')} check-ins, ${(manifest.bytesOnDisk / 2 ** 30).toFixed(2)} GiB`);
  return manifest;
}

/** Text lines for COPY, one per row. */
function copyLines(rows: unknown[][]): string {
  let text = '';
  for (const row of rows) text += row.map((value) => copyField(value as string | number | null)).join('\t') + '\n';
  return text;
}

async function buildPostgres(folder: string, serverUrl: string, url: string, size: CheckinDatasetSize, settings: Record<string, string>, say: (line: string) => void): Promise<CheckinManifest> {
  say(`building the check-in data set on PostgreSQL: ${size.persons.toLocaleString('en-US')} persons x ${size.days} days, ${size.venues.toLocaleString('en-US')} venues`);
  rmSync(join(folder, 'manifest.json'), { force: true });
  const clock = phaseClock(say);
  psql(serverUrl, 'drop database if exists bulwark_checkins with (force)');
  psql(serverUrl, 'create database bulwark_checkins');
  const database = openDatabase(url);
  const platform = await prepareSchema(database, size);
  await database.close();
  const county = new SyntheticCounty(size);
  const tables = await referenceRows(platform, county, size, say);
  clock.mark('schema, county and people protected');

  const others = new PsqlSession(url);
  for (const { table, columns, rows } of tables) {
    await others.write(`copy ${table} (${columns.join(', ')}) from stdin;\n`);
    for (let start = 0; start < rows.length; start += 10_000) await others.write(copyLines(rows.slice(start, start + 10_000)));
    await others.write('\\.\n');
  }
  for (const table of ['checkin_people', 'checkin_venues']) await others.write(`select setval(pg_get_serial_sequence('${table}', 'key'), (select max(key) from ${table}));\n`);
  await others.end();
  clock.mark('venues, codes, people, keys and accounts copied');

  // The keys and index of check-ins, as the migration made them, dropped for the load and added after.
  const constraints = psql(url, "select conname || '|' || contype::text || '|' || pg_get_constraintdef(oid) from pg_constraint where conrelid = 'checkins'::regclass and contype in ('p', 'f') order by contype desc")
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('|') as [string, string, string]);
  const indexes = psql(url, "select indexname || '|' || indexdef from pg_indexes where tablename = 'checkins' and indexname not in (select conname from pg_constraint where conrelid = 'checkins'::regclass)")
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('|') as [string, string]);
  const existingPartitions = psql(url, "select count(*) from pg_inherits where inhparent = 'checkins'::regclass").trim();
  if (existingPartitions !== '0') throw new Error('the new database already has check-in partitions');
  for (const [name] of indexes) psql(url, `drop index ${name}`);
  // The foreign key first, then the primary key.
  for (const [name] of [...constraints].reverse()) psql(url, `alter table checkins drop constraint ${name}`);

  // Rows come in time order, so months follow one another: a month's COPY commits before the next month's
  // partition is created (creating it takes a lock on the parent that the open COPY would hold up).
  interface MonthCopy {
    name: string;
    session: PsqlSession;
    lines: string[];
  }
  let current: MonthCopy | undefined;
  const finished: MonthCopy[] = [];
  const copyFor = (enteredAt: number): MonthCopy => {
    const date = new Date(enteredAt * 1000);
    const month = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
    const name = monthlyPartitionName('checkins', month);
    if (current?.name === name) return current;
    if (current) finished.push(current);
    const next = Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1) / 1000;
    current = {
      name,
      session: new PsqlSession(url),
      lines: ['begin;\n', `create table ${name} partition of checkins for values from (${month.getTime() / 1000}) to (${next});\n`, `copy ${name} (${CHECKIN_COLUMNS.join(', ')}) from stdin with (freeze);\n`],
    };
    return current;
  };
  const send = async (copy: MonthCopy) => {
    if (copy.lines.length === 0) return;
    const text = copy.lines.join('');
    copy.lines.length = 0;
    await copy.session.write(text);
  };
  const flush = async () => {
    for (const copy of finished.splice(0)) {
      copy.lines.push('\\.\ncommit;\n');
      await send(copy);
      await copy.session.end();
    }
    if (current) await send(current);
  };
  const jurisdictions = county.venues.map((venue) => venue.jurisdictionCode);
  const report = progress(size, say);
  const checkins = await county.writeHistory({
    row(person, venue, enteredAt, exitedAt, nextEnteredAt, temperature, device, recordedAt) {
      copyFor(enteredAt).lines.push(
        `${person + 1}\t${venue + 1}\t${enteredAt}\t${exitedAt ?? '\\N'}\t${nextEnteredAt ?? '\\N'}\t${temperature ?? '\\N'}\t${device ? 'device' : 'scan'}\t${COUNTY_CODE}\t${jurisdictions[venue]}\t${recordedAt}\n`,
      );
    },
    flush,
    async dayDone(date, count) {
      await flush();
      report(date, count);
    },
  });
  if (current) finished.push(current);
  await flush();
  clock.mark('check-ins copied');
  const maintenance = "set maintenance_work_mem = '2GB'; set max_parallel_maintenance_workers = 2;";
  for (const [name, type, definition] of constraints.filter((constraint) => constraint[1] === 'p')) {
    psql(url, `${maintenance} alter table checkins add constraint ${name} ${definition}`);
    clock.mark(`${type === 'p' ? 'primary key' : 'constraint'} ${name} built`);
  }
  for (const [name, definition] of indexes) {
    // The partitioned index as defined, built on every partition (ON ONLY would leave them to be attached).
    psql(url, `${maintenance} ${definition.replace(' ON ONLY ', ' ON ')}`);
    clock.mark(`index ${name} built`);
  }
  for (const [name, , definition] of constraints.filter((constraint) => constraint[1] === 'f')) {
    psql(url, `${maintenance} alter table checkins add constraint ${name} ${definition}`);
    clock.mark(`foreign key ${name} validated`);
  }
  psql(url, 'vacuum analyze');
  clock.mark('vacuum analyze');
  const bytesOnDisk = Number(psql(url, 'select pg_database_size(current_database())').trim());
  const manifest: CheckinManifest = {
    version: DATASET_VERSION,
    dialect: 'postgres',
    size,
    rows: { checkins, people: size.persons, venues: size.venues, venueCodes: size.venues, accounts: tables.find((table) => table.table === 'accounts')!.rows.length },
    builtAt: new Date().toISOString(),
    buildSeconds: clock.total(),
    phases: clock.phases,
    bytesOnDisk,
    settings: { ...settings, load: 'COPY ... FREEZE through psql into partitions created in the same transaction; keys and indexes added after' },
    complete: true,
  };
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const clusterFolder = join(folder, 'cluster');
  say(`check-in data set built in ${manifest.buildSeconds.toFixed(0)} s: ${checkins.toLocaleString('en-US')} check-ins, database ${(bytesOnDisk / 2 ** 30).toFixed(2)} GiB${existsSync(clusterFolder) ? `, cluster folder ${(folderBytes(clusterFolder) / 2 ** 30).toFixed(2)} GiB` : ''}`);
  return manifest;
}

// Built on its own: node --import tsx bench/checkins-dataset.ts [sqlite|postgres]
if (import.meta.url === `file://${process.argv[1]}`) {
  const dialects = (process.argv[2] ? [process.argv[2]] : ['sqlite', 'postgres']) as DialectName[];
  for (const dialect of dialects) {
    const dataset = await ensureCheckinDataset(dialect);
    await dataset.close();
  }
}
