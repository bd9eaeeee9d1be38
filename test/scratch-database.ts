import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type DialectName } from '../src/platform/db/database.ts';
import { migrateTo, migrateToLatest } from '../src/platform/db/migrate.ts';

async function withAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Opens, migrates, and on failure cleans up; the returned Database's close() runs cleanup after closing. */
async function migrated(database: Database, cleanup: () => Promise<void> | void, through?: string): Promise<Database> {
  const close = async () => {
    try {
      await database.close();
    } finally {
      await cleanup();
    }
  };
  try {
    await (through ? migrateTo(database, through) : migrateToLatest(database));
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
  return { ...database, close };
}

/**
 * A fresh, migrated database for a test or a benchmark: a SQLite file in a new temporary folder, or a new
 * database on the given PostgreSQL server. Closing it also removes it. `through` stops at that migration.
 */
export async function openScratchDatabase(dialect: DialectName, postgresServerUrl: string | null, through?: string): Promise<Database> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'bulwark-scratch-'));
    let database: Database;
    try {
      database = openDatabase(`sqlite:${join(dir, 'bulwark.db')}`);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    return migrated(database, () => rmSync(dir, { recursive: true, force: true }), through);
  }
  if (!postgresServerUrl) throw new Error('no PostgreSQL server for this run (see test/global-setup.ts)');
  const name = `bulwark_scratch_${randomBytes(8).toString('hex')}`;
  await withAdmin(postgresServerUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const drop = () => withAdmin(postgresServerUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {});
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  let database: Database;
  try {
    database = openDatabase(url.toString());
  } catch (error) {
    await drop().catch(() => {});
    throw error;
  }
  return migrated(database, drop, through);
}
