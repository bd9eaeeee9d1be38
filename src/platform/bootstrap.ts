import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { importChina } from '../jurisdictions/service.ts';
import { countJurisdictions } from '../jurisdictions/store.ts';
import { createAccount } from './auth/accounts.ts';
import { systemActor } from './auth/actor.ts';
import type { Config } from './config.ts';
import { createPlatform, type Platform } from './context.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';

/** Opens the configured database, checks it, migrates it, and builds the platform on it. */
export async function startPlatform(config: Config, say: (line: string) => void = () => {}): Promise<Platform> {
  const database = openDatabase(config.databaseUrl);
  await checkIntegrity(database);
  const applied = await migrateToLatest(database);
  if (applied.length > 0) say(`database migrated: ${applied.join(', ')}`);
  return createPlatform({ database, secretKey: config.secretKey });
}

/** SQLite's own consistency check at start (SECURITY.md, durability): refuse to serve a damaged file. */
async function checkIntegrity(database: Database): Promise<void> {
  if (database.dialect !== 'sqlite') return;
  const result = await sql<{ quick_check: string }>`pragma quick_check`.execute(database.db);
  const verdict = result.rows.map((row) => Object.values(row)[0]).join('; ');
  if (verdict !== 'ok') throw new Error(`the database file failed its integrity check: ${verdict}`);
}

/** The Chinese jurisdictions loaded on an empty database: every county, and Shanxi down to villages. */
export const FIRST_START_CHINA = { everywhereDownTo: 'county' as const, fullDepthWithin: ['140000'] };

/**
 * What a first start on an empty database does: load the jurisdiction tree, and create an administrator
 * whose password is taken from BULWARK_ADMIN_PASSWORD or generated and shown once.
 */
export async function prepareFirstStart(platform: Platform, say: (line: string) => void, adminPassword = process.env.BULWARK_ADMIN_PASSWORD): Promise<void> {
  const actor = systemActor('first-start');
  if ((await countJurisdictions(platform.database.db)) === 0) {
    say('loading China’s administrative divisions (all counties; Shanxi down to villages)…');
    const report = await importChina(platform, actor, FIRST_START_CHINA);
    say(`loaded ${report.inserted} jurisdictions`);
  }
  const accounts = await platform.database.db.selectFrom('accounts').select('id').limit(1).execute();
  if (accounts.length === 0) {
    const password = adminPassword ?? randomBytes(12).toString('base64url');
    await createAccount(platform, actor, { username: 'admin', displayName: 'Administrator', password, role: 'administrator', jurisdictionCode: 'CN' });
    say(adminPassword ? 'created the administrator account "admin" with the password from BULWARK_ADMIN_PASSWORD' : `created the administrator account "admin" with password: ${password}\n  (shown only now; change it after logging in)`);
  }
}
