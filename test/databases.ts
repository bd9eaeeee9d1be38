import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, inject } from 'vitest';
import { openDatabase, type Database, type DialectName } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';

/** The dialects this run can test: SQLite always, PostgreSQL when a server was provided. */
export const dialects: DialectName[] = inject('postgresUrl') === null ? ['sqlite'] : ['sqlite', 'postgres'];

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
async function migrated(database: Database, cleanup: () => Promise<void> | void): Promise<Database> {
  const close = async () => {
    try {
      await database.close();
    } finally {
      await cleanup();
    }
  };
  try {
    await migrateToLatest(database);
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
  return { ...database, close };
}

/** A fresh, migrated database of the dialect; closing it also removes it. */
export async function openTestDatabase(dialect: DialectName): Promise<Database> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'bulwark-test-'));
    let database: Database;
    try {
      database = openDatabase(`sqlite:${join(dir, 'bulwark.db')}`);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    return migrated(database, () => rmSync(dir, { recursive: true, force: true }));
  }

  const serverUrl = inject('postgresUrl');
  if (!serverUrl) throw new Error('no PostgreSQL server for this run (see the test global setup)');
  const name = `bulwark_test_${randomBytes(8).toString('hex')}`;
  await withAdmin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const drop = () => withAdmin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {});
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let database: Database;
  try {
    database = openDatabase(url.toString());
  } catch (error) {
    await drop().catch(() => {});
    throw error;
  }
  return migrated(database, drop);
}

/** Runs the same suite once per available dialect. */
export function describeEachDialect(name: string, suite: (dialect: DialectName) => void): void {
  for (const dialect of dialects) describe(`${name} [${dialect}]`, () => suite(dialect));
}
