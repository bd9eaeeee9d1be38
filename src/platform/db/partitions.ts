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

/** The first instant of the month of a date, in UTC. */
function monthStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/** The partition of a table that holds a month: table_yYYYYmMM. */
export function monthlyPartitionName(table: string, month: Date): string {
  return `${table}_y${month.getUTCFullYear()}m${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * Creates the monthly partitions covering [from, to] that do not exist yet (PostgreSQL; nothing to do on
 * SQLite). Returns the names of the partitions that now cover the range.
 */
export async function ensureMonthlyPartitions(database: Database, table: string, from: Date, to: Date): Promise<string[]> {
  if (database.dialect !== 'postgres') return [];
  const names: string[] = [];
  for (let month = monthStart(from); month <= to; month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))) {
    const next = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
    const name = monthlyPartitionName(table, month);
    await sql`create table if not exists ${sql.table(name)} partition of ${sql.table(table)} for values from (${sql.lit(month.toISOString())}) to (${sql.lit(next.toISOString())})`.execute(database.db);
    names.push(name);
  }
  return names;
}
