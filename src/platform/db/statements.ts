import type BetterSqlite3 from 'better-sqlite3';

/**
 * Compiled statements of the embedded database, kept per connection and text. Compiling a statement costs
 * about as much as running a small one, and the query builder asks for each query's statement anew; the
 * texts it builds repeat (parameters are bound, not inlined), so a bounded cache serves nearly all of them.
 */
const STATEMENTS_HELD = 2000;

const caches = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** A prepared statement of the embedded database, compiled once per connection and text. */
export function prepared(sqlite: BetterSqlite3.Database, text: string): BetterSqlite3.Statement {
  let cache = caches.get(sqlite);
  if (!cache) caches.set(sqlite, (cache = new Map()));
  const statement = cache.get(text);
  if (statement) {
    // Moved to the young end, so that the texts in use survive and one-off texts (long in-lists) age out.
    cache.delete(text);
    cache.set(text, statement);
    return statement;
  }
  const compiled = sqlite.prepare(text);
  cache.set(text, compiled);
  if (cache.size > STATEMENTS_HELD) cache.delete(cache.keys().next().value!);
  return compiled;
}

/**
 * The connection as the query builder sees it, with compiled statements reused. A statement still being
 * iterated (a streamed read) cannot run again until it finishes, so a busy one is compiled afresh.
 */
export function withCachedStatements(sqlite: BetterSqlite3.Database): { close(): void; prepare(text: string): BetterSqlite3.Statement } {
  return {
    close: () => sqlite.close(),
    prepare(text) {
      const statement = prepared(sqlite, text);
      return statement.busy ? sqlite.prepare(text) : statement;
    },
  };
}
