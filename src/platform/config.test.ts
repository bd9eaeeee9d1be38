import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from './config.ts';

const key = 'a'.repeat(64);

describe('configuration', () => {
  test('flags win over environment variables, which win over defaults', () => {
    const config = loadConfig({ port: '9000' }, { BULWARK_PORT: '7000', BULWARK_SECRET_KEY: key, BULWARK_HOST: '0.0.0.0' });
    expect(config.port).toBe(9000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.logLevel).toBe('info');
  });

  test('each wrong value is named with the variable that set it', () => {
    const attempt = () => loadConfig({}, { BULWARK_PORT: 'eighty', BULWARK_DATABASE_URL: 'mysql://x', BULWARK_SECRET_KEY: 'short' });
    expect(attempt).toThrowError(/BULWARK_PORT \(or --port\): must be a number/);
    expect(attempt).toThrowError(/BULWARK_DATABASE_URL \(or --database-url\): must start with sqlite:/);
    expect(attempt).toThrowError(/BULWARK_SECRET_KEY \(or --secret-key\): must be at least 32 bytes/);
  });

  test('PostgreSQL needs an explicit key', () => {
    expect(() => loadConfig({ databaseUrl: 'postgres://localhost/x' }, {})).toThrowError(/BULWARK_SECRET_KEY .*is required with PostgreSQL/);
  });

  test('the embedded database generates a key once, readable only by its owner', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bulwark-config-'));
    const first = loadConfig({ dataDir }, {});
    const second = loadConfig({ dataDir }, {});
    expect(first.secretKey.equals(second.secretKey)).toBe(true);
    expect(first.secretKey.length).toBe(32);
    expect(statSync(join(dataDir, 'secret.key')).mode & 0o077).toBe(0);
    expect(readFileSync(join(dataDir, 'secret.key'), 'utf8').trim()).toHaveLength(64);
    expect(first.databaseUrl).toBe(`sqlite:${join(dataDir, 'bulwark.db')}`);
  });
});
