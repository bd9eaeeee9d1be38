import { sql, type CreateTableBuilder } from 'kysely';
import type { Database, DialectName } from './database.ts';

/**
 * Big, time-ordered tables (check-ins, samples, results, sentinel reports) are range-partitioned by time on
 * PostgreSQL, so that retention drops whole months and queries for recent days touch few partitions; each
 * also carries the county code of its jurisdiction, the key on which a distributed PostgreSQL (Citus)
 * would co-locate a county's data. SQLite keeps one table. See docs/decisions/0003-big-tables.md.
 */
export function partitionByTime<B extends CreateTableBuilder<string, string>>(builder: B, dialect: DialectName, column: string): B {
  return dialect === 'postgres' ? (builder.modifyEnd(sql`partition by range (${sql.ref(column)})`) as B) : builder;
}

/**
 * How the partition column holds time: an instant (timestamptz), or whole seconds since the epoch in an
 * integer column (check-ins, where eight bytes a row matter at 100,000,000 rows).
 */
export type TimeColumnKind = 'timestamptz' | 'epoch-seconds';

/** The first instant of the month of a date, in UTC. */
function monthStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

function nextMonth(month: Date): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
}

/** The partition of a table that holds a month: table_yYYYYmMM. */
export function monthlyPartitionName(table: string, month: Date): string {
  return `${table}_y${month.getUTCFullYear()}m${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** A partition bound as the column holds it. */
function boundLiteral(instant: Date, kind: TimeColumnKind) {
  return kind === 'epoch-seconds' ? sql.lit(Math.floor(instant.getTime() / 1000)) : sql.lit(instant.toISOString());
}

/** PostgreSQL's codes for "already exists", which two sessions creating the same partition at once may get. */
const ALREADY_EXISTS = new Set(['42P07', '23505']);

/** Partitions known to exist, per database and table, so that inserts do not ask the catalogue every time. */
const knownPartitions = new WeakMap<Database, Set<string>>();

function known(database: Database): Set<string> {
  let names = knownPartitions.get(database);
  if (!names) knownPartitions.set(database, (names = new Set()));
  return names;
}

/**
 * Creates the monthly partitions covering [from, to] that do not exist yet (PostgreSQL; nothing to do on
 * SQLite). Returns the names of the partitions that now cover the range. Safe to call before every insert
 * and from concurrent sessions: partitions seen once are remembered, and a partition another session
 * created meanwhile counts as created.
 */
export async function ensureMonthlyPartitions(database: Database, table: string, from: Date, to: Date, kind: TimeColumnKind = 'timestamptz'): Promise<string[]> {
  if (database.dialect !== 'postgres') return [];
  const names: string[] = [];
  const seen = known(database);
  for (let month = monthStart(from); month <= to; month = nextMonth(month)) {
    const name = monthlyPartitionName(table, month);
    names.push(name);
    if (seen.has(name)) continue;
    try {
      await sql`create table if not exists ${sql.table(name)} partition of ${sql.table(table)} for values from (${boundLiteral(month, kind)}) to (${boundLiteral(nextMonth(month), kind)})`.execute(database.db);
    } catch (error) {
      if (!ALREADY_EXISTS.has((error as { code?: string }).code ?? '')) throw error;
    }
    seen.add(name);
  }
  return names;
}

/** A monthly partition of a table: its name and the month it holds, [start, end). */
export interface MonthlyPartition {
  name: string;
  start: Date;
  end: Date;
}

/** The monthly partitions of a table, oldest first (PostgreSQL; none on SQLite). */
export async function listMonthlyPartitions(database: Database, table: string): Promise<MonthlyPartition[]> {
  if (database.dialect !== 'postgres') return [];
  const result = await sql<{ name: string }>`
    select child.relname as name from pg_inherits
    join pg_class child on child.oid = pg_inherits.inhrelid
    join pg_class parent on parent.oid = pg_inherits.inhparent
    where parent.relname = ${table}`.execute(database.db);
  const pattern = new RegExp(`^${table}_y(\\d{4})m(\\d{2})$`);
  const partitions: MonthlyPartition[] = [];
  for (const { name } of result.rows) {
    const match = pattern.exec(name);
    if (!match) continue;
    const start = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
    partitions.push({ name, start, end: nextMonth(start) });
  }
  return partitions.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Drops one monthly partition and all its rows at once, for retention (PostgreSQL). */
export async function dropMonthlyPartition(database: Database, partition: MonthlyPartition): Promise<void> {
  await sql`drop table if exists ${sql.table(partition.name)}`.execute(database.db);
  knownPartitions.get(database)?.delete(partition.name);
}
