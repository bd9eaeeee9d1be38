import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findPostgresBin, freePort } from '../test/postgres-cluster.ts';

/**
 * A PostgreSQL cluster kept in a folder across runs, for data sets too big to build for each run. Settings
 * are those a DBA would give a 24 GiB, 2-core host that also runs the application; a bulk build adds
 * wal_level=minimal, so that tables created and filled in one transaction (and their indexes) skip the WAL.
 * fsync stays on: benchmarks measure a durable server.
 */
export const SERVE_SETTINGS: Record<string, string> = {
  max_connections: '200',
  shared_buffers: '4GB',
  effective_cache_size: '16GB',
  work_mem: '64MB',
  maintenance_work_mem: '2GB',
  max_wal_size: '16GB',
  checkpoint_timeout: '30min',
  random_page_cost: '1.1',
  max_parallel_maintenance_workers: '2',
};
export const BUILD_SETTINGS: Record<string, string> = { ...SERVE_SETTINGS, wal_level: 'minimal', max_wal_senders: '0' };

export interface StoredCluster {
  /** The server's URL (database postgres). */
  url: string;
  settings: Record<string, string>;
  stop(): void;
}

function runAsPostgres(command: string, args: string[]): string {
  const asRoot = process.getuid?.() === 0;
  const output = asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' }) : execFileSync(command, args, { stdio: 'pipe' });
  return output.toString();
}

/** Starts (creating on first use) the cluster kept in a folder, on a free loopback port. */
export async function startStoredCluster(folder: string, settings: Record<string, string>): Promise<StoredCluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL binaries not found (apt-get install postgresql)');
  const data = join(folder, 'pgdata');
  mkdirSync(folder, { recursive: true });
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(folder, uid, gid);
  }
  if (!existsSync(join(data, 'PG_VERSION'))) runAsPostgres(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  // A server left running by an interrupted run is stopped first, so that it starts with these settings.
  if (existsSync(join(data, 'postmaster.pid'))) {
    try {
      runAsPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    } catch {
      // Not running: a stale pid file, which pg_ctl start handles.
    }
  }
  const port = await freePort();
  const options = [`-p ${port}`, `-k ${folder}`, '-c listen_addresses=127.0.0.1', ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`)].join(' ');
  runAsPostgres(join(bin, 'pg_ctl'), ['-D', data, '-l', join(folder, 'server.log'), '-w', '-t', '600', 'start', '-o', options]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    settings,
    stop: () => {
      runAsPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', '-t', '600', 'stop']);
    },
  };
}

/** The psql binary next to the server's. */
export function psqlPath(): string {
  const bin = findPostgresBin();
  const candidate = bin ? join(bin, 'psql') : 'psql';
  return existsSync(candidate) ? candidate : 'psql';
}

/** Runs SQL through psql and returns its output (tuples only, unaligned). */
export function psql(url: string, text: string): string {
  return execFileSync(psqlPath(), ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', text], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** A psql session fed a script on its standard input (COPY ... FROM STDIN data inline), with backpressure. */
export class PsqlSession {
  private readonly child;
  private readonly done: Promise<void>;
  private stderr = '';

  constructor(url: string) {
    this.child = spawn(psqlPath(), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url], { stdio: ['pipe', 'ignore', 'pipe'] });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.done = new Promise((resolve, reject) => {
      this.child.on('error', reject);
      this.child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql exited with ${code}: ${this.stderr.trim().slice(0, 2000)}`))));
    });
    this.done.catch(() => {});
  }

  /** Writes script text; resolves once psql has taken it in, or at once while its buffer has room. */
  async write(text: string): Promise<void> {
    if (this.child.stdin.write(text)) return;
    await Promise.race([new Promise((resolve) => this.child.stdin.once('drain', resolve)), this.done]);
  }

  /** Ends the script and waits for psql to finish it. */
  async end(): Promise<void> {
    this.child.stdin.end();
    await this.done;
  }
}

/** The size of a cluster's data folder, in bytes (du, as the postgres user may own it). */
export function folderBytes(folder: string): number {
  return Number(execFileSync('du', ['-sb', folder], { encoding: 'utf8' }).split('\t')[0]);
}

/** One text-format COPY field: \N for null, backslash escapes for the characters COPY gives meaning to. */
export function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}
