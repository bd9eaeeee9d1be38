import type { Insertable, Transaction } from 'kysely';
import type { Database } from './database.ts';
import type { Schema } from './schema.ts';
import { prepared } from './statements.ts';

/** Rows in one multi-row statement on PostgreSQL. */
export const MULTI_ROW_CHUNK = 200;

/**
 * Inserts many rows inside the caller's transaction, skipping rows that collide on the given unique
 * columns, and returns the ids actually inserted. Each driver takes its fastest path (DESIGN.md): one
 * cached prepared statement per row on SQLite, multi-row statements on PostgreSQL.
 */
export async function insertSkippingConflicts<T extends keyof Schema & string>(
  trx: Transaction<Schema>,
  database: Database,
  table: T,
  rows: (Insertable<Schema[T]> & { id: string })[],
  conflictColumns: string[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!);
  if (database.sqlite) {
    // The transaction holds Kysely's only SQLite connection, which is this handle: the raw statements run inside it.
    const statement = prepared(
      database.sqlite,
      `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')}) on conflict (${conflictColumns.join(', ')}) do nothing`,
    );
    const inserted: string[] = [];
    for (const row of rows) {
      const record = row as Record<string, unknown>;
      if (statement.run(columns.map((column) => record[column] ?? null)).changes === 1) inserted.push(row.id);
    }
    return inserted;
  }
  const inserted: string[] = [];
  for (let start = 0; start < rows.length; start += MULTI_ROW_CHUNK) {
    const result = await trx
      .insertInto(table)
      .values(rows.slice(start, start + MULTI_ROW_CHUNK) as never)
      .onConflict((conflict) => conflict.columns(conflictColumns as never).doNothing())
      .returning('id' as never)
      .execute();
    for (const row of result as unknown as { id: string }[]) inserted.push(row.id);
  }
  return inserted;
}

/**
 * Like insertSkippingConflicts, for rows given as their values in the order of `columns`, the id first: a
 * bulk import builds them so at no cost, and SQLite's prepared statement takes them as they are, where
 * objects would be taken apart again, key by key.
 */
export async function insertValuesSkippingConflicts<T extends keyof Schema & string>(
  trx: Transaction<Schema>,
  database: Database,
  table: T,
  columns: readonly (keyof Schema[T] & string)[],
  rows: unknown[][],
  conflictColumns: string[],
): Promise<string[]> {
  if (!database.sqlite) {
    const records = rows.map((values) => Object.fromEntries(columns.map((column, index) => [column, values[index]])));
    return insertSkippingConflicts(trx, database, table, records as (Insertable<Schema[T]> & { id: string })[], conflictColumns);
  }
  const statement = prepared(
    database.sqlite,
    `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')}) on conflict (${conflictColumns.join(', ')}) do nothing`,
  );
  const inserted: string[] = [];
  for (const values of rows) if (statement.run(values).changes === 1) inserted.push(values[0] as string);
  return inserted;
}
