import type { Logger } from 'pino';
import { createAuditLog, type AuditLog } from './audit/audit.ts';
import { createPasswordHasher, type PasswordHasher } from './auth/passwords.ts';
import { createFieldProtector, type FieldProtector } from './crypto.ts';
import type { Database } from './db/database.ts';
import { systemClock, type Clock } from './time.ts';

/** What every service needs, built once at start and passed down; no global singletons. */
export interface Platform {
  database: Database;
  protector: FieldProtector;
  passwords: PasswordHasher;
  clock: Clock;
  audit: AuditLog;
}

export interface PlatformOptions {
  database: Database;
  secretKey: Buffer;
  clock?: Clock;
  /** scrypt cost as a power of two; lower only in tests. */
  passwordCost?: number;
  audit?: AuditLog;
  logger?: Logger;
}

export function createPlatform(options: PlatformOptions): Platform {
  const clock = options.clock ?? systemClock;
  return {
    database: options.database,
    protector: createFieldProtector(options.secretKey),
    passwords: createPasswordHasher(options.passwordCost),
    clock,
    audit: options.audit ?? createAuditLog(options.database.dialect, clock),
  };
}
