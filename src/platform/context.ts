import { createAuditLog, type AuditLog } from './audit/audit.ts';
import { createPasswordHasher, type PasswordHasher } from './auth/passwords.ts';
import { createFieldProtector, type FieldProtector } from './crypto.ts';
import type { Database } from './db/database.ts';
import { JobRegistry } from './jobs/registry.ts';
import { systemClock, type Clock } from './time.ts';

/** What every service needs, built once at start and passed down; no global singletons. */
export interface Platform {
  database: Database;
  /** The root key, for worker threads that protect fields; never logged or sent anywhere else. */
  secretKey: Buffer;
  protector: FieldProtector;
  passwords: PasswordHasher;
  clock: Clock;
  audit: AuditLog;
  /** Background jobs of this process (imports answered with 202). */
  jobs: JobRegistry;
}

export interface PlatformOptions {
  database: Database;
  secretKey: Buffer;
  clock?: Clock;
  /** scrypt cost as a power of two; lower only in tests. */
  passwordCost?: number;
  audit?: AuditLog;
}

export function createPlatform(options: PlatformOptions): Platform {
  const clock = options.clock ?? systemClock;
  return {
    database: options.database,
    secretKey: options.secretKey,
    protector: createFieldProtector(options.secretKey),
    passwords: createPasswordHasher(options.passwordCost),
    clock,
    audit: options.audit ?? createAuditLog(options.database.dialect, clock),
    jobs: new JobRegistry(clock),
  };
}
