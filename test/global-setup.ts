import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'initdb'))).sort((a, b) => Number(a) - Number(b));
  const newest = versions[versions.length - 1];
  return newest ? join(root, newest, 'bin') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Gives the suite a PostgreSQL server: BULWARK_TEST_PG_URL if set, otherwise a throwaway cluster started
 * from Debian's postgresql binaries (initdb + pg_ctl, no service manager). Without either, PostgreSQL tests
 * are skipped with a notice, unless BULWARK_REQUIRE_POSTGRES=1 makes that an error.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.BULWARK_TEST_PG_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return () => {};
  }
  const bin = findPostgresBin();
  if (!bin) {
    if (process.env.BULWARK_REQUIRE_POSTGRES === '1') throw new Error('PostgreSQL is required (BULWARK_REQUIRE_POSTGRES=1) but no server binaries were found under /usr/lib/postgresql');
    process.stderr.write('PostgreSQL tests skipped: no server binaries under /usr/lib/postgresql (apt-get install postgresql) and BULWARK_TEST_PG_URL is not set\n');
    project.provide('postgresUrl', null);
    return () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (command: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, command), asRoot ? ['-u', 'postgres', '--', join(bin, command), ...args] : args, { stdio: 'pipe' });
  const port = await freePort();
  run('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', 'start', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`]);
  project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  return () => {
    try {
      run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
