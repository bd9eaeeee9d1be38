import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const POSTGRES_ROOT = '/usr/lib/postgresql';

/** The bin directory of the newest PostgreSQL server installed the Debian way, if any. */
export function findPostgresBin(): string | null {
  if (!existsSync(POSTGRES_ROOT)) return null;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((name) => existsSync(join(POSTGRES_ROOT, name, 'bin', 'initdb')))
    .sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const newest = versions[versions.length - 1];
  return newest ? join(POSTGRES_ROOT, newest, 'bin') : null;
}

/** A TCP port on loopback that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export function describeFailure(error: unknown): string {
  const failure = error as { message?: string; stderr?: Buffer | string };
  const stderr = failure.stderr ? String(failure.stderr).trim() : '';
  return [failure.message ?? String(error), stderr].filter(Boolean).join(': ');
}

export interface Cluster {
  url: string;
  stop(): void;
}

/** A throwaway cluster: initdb + pg_ctl into a fresh temp dir, listening on a free loopback port only. */
export async function startCluster(bin: string, { durable = false } = {}): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-pg-'));
  const data = join(dir, 'data');
  // initdb refuses to run as root: run the server binaries as the postgres user the package created.
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, command), args, { stdio: 'pipe' });
  let started = false;
  try {
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      chownSync(dir, uid, gid);
    }
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    const port = await freePort();
    // Tests trade durability for speed; benchmarks keep fsync on, as a real server would.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${durable ? '' : ' -c fsync=off'}`;
    run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', 'start', '-o', options]);
    started = true;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop() {
        try {
          run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } finally {
    if (!started) rmSync(dir, { recursive: true, force: true });
  }
}

