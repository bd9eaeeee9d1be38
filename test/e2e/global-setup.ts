import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../postgres-cluster.ts';
import { CHROMIUM } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server under test, or null when no browser is installed and the tests are skipped. */
    baseUrl: string | null;
    adminPassword: string;
    /** The data folder of the server under test (its secret key signs venue codes), or null when skipped. */
    dataDir: string | null;
  }
}

const ADMIN_PASSWORD = 'browser tests administrator';

/**
 * Starts the platform the way `npm start` does, on a fresh data folder: China's divisions, the
 * administrator, and the 100,000-person demo county through the import paths. Without Chromium the
 * browser tests are skipped with a notice, unless BULWARK_REQUIRE_BROWSER=1 makes that an error.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('adminPassword', ADMIN_PASSWORD);
  if (!existsSync(CHROMIUM)) {
    const reason = `no browser at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)`;
    if (process.env.BULWARK_REQUIRE_BROWSER === '1') throw new Error(`Browser tests are required but ${reason}`);
    process.stderr.write(`Browser tests skipped: ${reason}\n`);
    project.provide('baseUrl', null);
    project.provide('dataDir', null);
    return async () => {};
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'bulwark-e2e-'));
  const port = await freePort();
  const server = spawn(process.execPath, ['bin/bulwark.js', 'serve'], {
    env: { ...process.env, BULWARK_DATA_DIR: dataDir, BULWARK_DATABASE_URL: '', BULWARK_PORT: String(port), BULWARK_HOST: '127.0.0.1', BULWARK_ADMIN_PASSWORD: ADMIN_PASSWORD, BULWARK_LOG_LEVEL: 'warn', BULWARK_DEMO: 'on' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await waitForServing(server);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('dataDir', dataDir);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  };
}

function waitForServing(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let said = '';
    server.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('Bulwark is serving on')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`the server stopped (exit ${code}) before serving:\n${said}`)));
  });
}
