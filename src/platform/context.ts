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
  limits: PlatformLimits;
}

/** How much this process holds in memory on behalf of its callers. */
export interface PlatformLimits {
  /**
   * Check-ins waiting for a commit, beyond which a write is refused as busy (503) rather than queued: past
   * it the disk does not keep up, and waiting longer only makes every caller time out.
   */
  pendingCheckins: number;
}

/** About twenty full groups: seconds of work for the disk at the rates measured at 100,000,000 check-ins. */
const DEFAULT_LIMITS: PlatformLimits = { pendingCheckins: 200_000 };

export interface PlatformOptions {
  database: Database;
  secretKey: Buffer;
  clock?: Clock;
  /** scrypt cost as a power of two; lower only in tests. */
  passwordCost?: number;
  audit?: AuditLog;
  limits?: Partial<PlatformLimits>;
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
    limits: { ...DEFAULT_LIMITS, ...options.limits },
  };
}
