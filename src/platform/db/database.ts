import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Schema } from './schema.ts';
import { startBackgroundCheckpoints } from './checkpoints.ts';
import { withCachedStatements } from './statements.ts';

export type DialectName = 'sqlite' | 'postgres';

/** One open database: the typed query builder, which dialect it speaks, and the raw driver for bulk paths. */
export interface Database {
  db: Kysely<Schema>;
  dialect: DialectName;
  url: string;
  sqlite?: BetterSqlite3.Database;
  pool?: pg.Pool;
  close(): Promise<void>;
}

const PG_TIMESTAMPTZ = 1184;
const SQLITE_CACHE_KIB = 256 * 1024;
const PG_INT8 = 20;
const PG_NUMERIC = 1700;

export interface OpenOptions {
  /** SQLite: checkpoint the write-ahead log on a thread of its own rather than inside commits (a server's setting). */
  backgroundCheckpoints?: boolean;
}

/** Opens the database a URL names: sqlite:<file> (embedded, created if missing) or postgres://. */
export function openDatabase(url: string, options: OpenOptions = {}): Database {
  if (url.startsWith('sqlite:')) return openSqlite(url, options);
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  throw new Error(`unsupported database URL scheme: ${url.split(':')[0]}`);
}

function openSqlite(url: string, options: OpenOptions): Database {
  const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: an acknowledged write survives power loss (SECURITY.md, durability).
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  // The default page cache is 2 MiB: at a hundred million check-ins, every insert would read its index
  // pages from the file again. A server's cache is worth a fraction of its memory (a limit, not an allocation).
  sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withCachedStatements(sqlite) }) });
  const checkpoints = options.backgroundCheckpoints && file !== ':memory:' ? startBackgroundCheckpoints(sqlite, file) : undefined;
  const close = async () => {
    await checkpoints?.stop();
    await db.destroy();
  };
  return { db, dialect: 'sqlite', url, sqlite, close };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types: {
      getTypeParser(oid: number, format?: 'text' | 'binary') {
        if (oid === PG_TIMESTAMPTZ) return (value: string) => new Date(value).toISOString();
        if (oid === PG_INT8 || oid === PG_NUMERIC) return (value: string) => Number(value);
        return pg.types.getTypeParser(oid, format);
      },
    } as pg.CustomTypesConfig,
  });
  // An idle connection closed by the server (a restart, a failover, an administrator's termination) is
  // reported on the pool; the pool has already dropped it and opens a new one for the next query. Without a
  // listener, Node would treat the event as an uncaught error and stop the whole server.
  pool.on('error', () => {});
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', url, pool, close: () => db.destroy() };
}
