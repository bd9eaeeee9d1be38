import { sql } from 'kysely';
import type { Config } from './config.ts';
import { createPlatform, type Platform } from './context.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';

/** Opens the configured database, checks it, migrates it, and builds the platform on it. */
export async function startPlatform(config: Config, say: (line: string) => void = () => {}): Promise<Platform> {
  const database = openDatabase(config.databaseUrl, { backgroundCheckpoints: true });
  await checkIntegrity(database);
  const applied = await migrateToLatest(database);
  if (applied.length > 0) say(`database migrated: ${applied.join(', ')}`);
  return createPlatform({ database, secretKey: config.secretKey });
}

/** SQLite's own consistency check at start (SECURITY.md, durability): refuse to serve a damaged file. */
async function checkIntegrity(database: Database): Promise<void> {
  if (database.dialect !== 'sqlite') return;
  const result = await sql<{ quick_check: string }>`pragma quick_check`.execute(database.db);
  const verdict = result.rows.map((row) => Object.values(row)[0]).join('; ');
  if (verdict !== 'ok') throw new Error(`the database file failed its integrity check: ${verdict}`);
}
