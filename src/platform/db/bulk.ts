import type BetterSqlite3 from 'better-sqlite3';
import type { Insertable, Transaction } from 'kysely';
import type { Database } from './database.ts';
import type { Schema } from './schema.ts';

const MULTI_ROW_CHUNK = 200;
const statementCache = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

function prepared(sqlite: BetterSqlite3.Database, text: string): BetterSqlite3.Statement {
  let cache = statementCache.get(sqlite);
  if (!cache) statementCache.set(sqlite, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) cache.set(text, (statement = sqlite.prepare(text)));
  return statement;
}

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
