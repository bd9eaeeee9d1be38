import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { importChina } from '../jurisdictions/service.ts';
import { countJurisdictions } from '../jurisdictions/store.ts';
import { createAccount } from '../platform/auth/accounts.ts';
import { systemActor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { loadDemoCounty } from '../sim/demo.ts';

export interface FirstStartOptions {
  adminPassword?: string | undefined;
  demo?: boolean;
}

/** The Chinese jurisdictions loaded on an empty database: every county, and Shanxi down to villages. */
export const FIRST_START_CHINA = { everywhereDownTo: 'county' as const, fullDepthWithin: ['140000'] };

/**
 * What a first start on an empty database does: load the jurisdiction tree, create an administrator
 * whose password is taken from BULWARK_ADMIN_PASSWORD or generated and shown once, and load the demo
 * county (unless BULWARK_DEMO=off), so that a newcomer sees a living system.
 */
export async function prepareFirstStart(platform: Platform, dataDir: string, say: (line: string) => void, options: FirstStartOptions = {}): Promise<void> {
  const adminPassword = options.adminPassword ?? process.env.BULWARK_ADMIN_PASSWORD;
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
  const demo = options.demo ?? process.env.BULWARK_DEMO !== 'off';
  const people = await platform.database.db.selectFrom('people').select('id').limit(1).execute();
  if (demo && people.length === 0) {
    say('loading the demo county (set BULWARK_DEMO=off to start empty)…');
    await loadDemoCounty(platform, join(dataDir, 'demo'), say);
  }
}
