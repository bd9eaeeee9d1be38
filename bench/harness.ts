import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type DialectName } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { findPostgresBin, startCluster, type Cluster } from '../test/postgres-cluster.ts';

/** One measured figure, as printed in the table and written to JSON. */
export interface Figure {
  benchmark: string;
  dialect: DialectName;
  metric: string;
  value: number;
  unit: string;
  reference?: { name: string; value: number; ratio: number; goal?: number };
}

/** Where the benchmarks find PostgreSQL: BULWARK_BENCH_PG_URL, or a throwaway durable cluster. */
export async function benchPostgres(): Promise<{ url: string; stop(): void } | null> {
  if (process.env.BULWARK_BENCH_PG_URL) return { url: process.env.BULWARK_BENCH_PG_URL, stop: () => {} };
  const bin = findPostgresBin();
  if (!bin) return null;
  const cluster: Cluster = await startCluster(bin, { durable: true });
  return cluster;
}

/** A fresh, migrated database for one measurement; close() removes it. */
export async function freshDatabase(dialect: DialectName, postgresUrl: string | null): Promise<Database> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'bulwark-bench-'));
    const database = openDatabase(`sqlite:${join(dir, 'bench.db')}`);
    await migrateToLatest(database);
    return { ...database, close: async () => { await database.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  if (!postgresUrl) throw new Error('no PostgreSQL for benchmarks');
  const name = `bulwark_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const database = openDatabase(url.toString());
  await migrateToLatest(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleaner = new pg.Client({ connectionString: postgresUrl });
      await cleaner.connect();
      await cleaner.query(`drop database if exists ${name} with (force)`);
      await cleaner.end();
    },
  };
}

/** Seconds taken by an async piece of work. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}
