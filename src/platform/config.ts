import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { z } from './validation.ts';
import { BulwarkError } from './errors.ts';

/** Settings read from flags first, then BULWARK_* environment variables, then defaults. */
export interface Config {
  databaseUrl: string;
  host: string;
  port: number;
  dataDir: string;
  /** 32 or more bytes; the root of the field-encryption, hashing and token keys. */
  secretKey: Buffer;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: boolean;
  /** XYZ raster tiles under the console's map, or null for the offline vector-only map. */
  mapTiles: string | null;
}

export interface ConfigInput {
  databaseUrl?: string | undefined;
  host?: string | undefined;
  port?: string | number | undefined;
  dataDir?: string | undefined;
  secretKey?: string | undefined;
  logLevel?: string | undefined;
  trustProxy?: string | boolean | undefined;
  mapTiles?: string | undefined;
}

const databaseUrlSchema = z
  .string()
  .refine((url) => /^(sqlite:|postgres(ql)?:\/\/)/.test(url), {
    message: 'must start with sqlite: (for example sqlite:./data/bulwark.db) or postgres://',
  });

const configSchema = z.object({
  databaseUrl: databaseUrlSchema.optional(),
  host: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  port: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(8080),
  dataDir: z.string().min(1, 'must not be empty').default('./data'),
  secretKey: z
    .string()
    .refine((key) => decodeSecretKey(key) !== undefined, {
      message: 'must be at least 32 bytes, given as 64+ hex digits or base64 (generate one with: openssl rand -hex 32)',
    })
    .optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  trustProxy: z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
    .transform((value) => value === true || value === 'true' || value === '1')
    .default(false),
  mapTiles: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .refine((url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)), { message: 'must be a tile URL template containing {z}, {x} and {y}' })
    .optional(),
});

const environmentNames: Record<keyof ConfigInput, string> = {
  databaseUrl: 'BULWARK_DATABASE_URL',
  host: 'BULWARK_HOST',
  port: 'BULWARK_PORT',
  dataDir: 'BULWARK_DATA_DIR',
  secretKey: 'BULWARK_SECRET_KEY',
  logLevel: 'BULWARK_LOG_LEVEL',
  trustProxy: 'BULWARK_TRUST_PROXY',
  mapTiles: 'BULWARK_MAP_TILES',
};

function decodeSecretKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  const bytes = /^[0-9a-fA-F]+$/.test(trimmed) && trimmed.length % 2 === 0
    ? Buffer.from(trimmed, 'hex')
    : /^[A-Za-z0-9+/_-]+=*$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : undefined;
  return bytes && bytes.length >= 32 ? bytes : undefined;
}

/**
 * Reads and validates the configuration. Each wrong value is reported with the flag or variable that
 * set it. With the embedded database and no key given, a key is generated once and kept in the data
 * folder (mode 0600), so that a first start needs no setup; with PostgreSQL a key must be given.
 */
export function loadConfig(flags: ConfigInput = {}, environment: NodeJS.ProcessEnv = process.env): Config {
  const merged: ConfigInput = {};
  for (const key of Object.keys(environmentNames) as (keyof ConfigInput)[]) {
    const value = flags[key] ?? environment[environmentNames[key]];
    if (value !== undefined && value !== '') Object.assign(merged, { [key]: value });
  }
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]) as keyof ConfigInput;
      return `${environmentNames[key] ?? key} (or --${kebab(key)}): ${issue.message}`;
    });
    throw new BulwarkError('BULWARK_CONFIG', `Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const values = parsed.data;
  const dataDir = resolve(values.dataDir);
  const databaseUrl = values.databaseUrl ?? `sqlite:${join(dataDir, 'bulwark.db')}`;
  const secretKey = values.secretKey !== undefined
    ? (decodeSecretKey(values.secretKey) as Buffer)
    : embeddedSecretKey(databaseUrl, dataDir);
  return {
    databaseUrl,
    host: values.host,
    port: values.port,
    dataDir,
    secretKey,
    logLevel: values.logLevel,
    trustProxy: values.trustProxy,
    mapTiles: values.mapTiles ?? null,
  };
}

function embeddedSecretKey(databaseUrl: string, dataDir: string): Buffer {
  if (!databaseUrl.startsWith('sqlite:')) {
    throw new BulwarkError(
      'BULWARK_CONFIG',
      'Invalid configuration:\n  BULWARK_SECRET_KEY (or --secret-key): is required with PostgreSQL (generate one with: openssl rand -hex 32)',
    );
  }
  const keyFile = join(dataDir, 'secret.key');
  if (existsSync(keyFile)) {
    const key = decodeSecretKey(readFileSync(keyFile, 'utf8'));
    if (!key) throw new BulwarkError('BULWARK_CONFIG', `Invalid configuration:\n  ${keyFile}: is not a valid key`);
    return key;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(keyFile, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
