import type { DialectName } from '../src/platform/db/database.ts';
import { findPostgresBin, startCluster, type Cluster } from '../test/postgres-cluster.ts';
import { openScratchDatabase } from '../test/scratch-database.ts';

/** One measured figure, as printed in the table and written to JSON. */
export interface Figure {
  benchmark: string;
  /** The database measured, or none for figures that involve no database. */
  dialect: DialectName | 'none';
  metric: string;
  value: number;
  unit: string;
  /** The machine's one-minute load average when it was measured (the machine may be shared). */
  load?: number;
  /** goal: the ratio to reach (at least), or not to exceed when atMost is set. */
  reference?: { name: string; value: number; ratio: number; goal?: number; atMost?: true };
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
export const freshDatabase = openScratchDatabase;

/** Seconds taken by an async piece of work. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}
