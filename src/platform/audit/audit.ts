import { BulwarkError } from '../errors.ts';
import type { Actor } from '../auth/actor.ts';
import type { DialectName } from '../db/database.ts';
import { inTransaction, type Executor } from '../db/executor.ts';
import type { Clock } from '../time.ts';
import { appendAuditRecords } from './audit.store.ts';
import type { AuditRecord, Outcome, Purpose } from './model.ts';

/** What an operation tells the audit log about itself. */
export interface AuditEvent {
  actor: Actor;
  purpose: Purpose;
  operation: string;
  outcome: Outcome;
  personIds?: string[];
  detail?: Record<string, unknown>;
}

/** The audit log as services use it. A failed write throws, so that the operation fails with it. */
export interface AuditLog {
  record(executor: Executor, event: AuditEvent): Promise<AuditRecord>;
  /** Several events in one turn of the chain, in order: the writes of many actors committed together. */
  recordAll(executor: Executor, events: AuditEvent[]): Promise<AuditRecord[]>;
}

export function createAuditLog(dialect: DialectName, clock: Clock): AuditLog {
  const recordAll = async (executor: Executor, events: AuditEvent[]): Promise<AuditRecord[]> => {
    const at = clock.now().toISOString();
    try {
      return await inTransaction(executor, (trx) =>
        appendAuditRecords(
          trx,
          dialect,
          events.map((event) => ({
            at,
            actorAccountId: event.actor.accountId ?? `system:${event.actor.username}`,
            actorRole: event.actor.role,
            actorJurisdiction: event.actor.jurisdictionCode,
            purpose: event.purpose,
            operation: event.operation,
            outcome: event.outcome,
            sourceAddress: event.actor.sourceAddress,
            detail: event.detail ?? {},
            personIds: event.personIds ?? [],
          })),
        ),
      );
    } catch (error) {
      if (error instanceof BulwarkError) throw error;
      throw new BulwarkError('BULWARK_AUDIT_UNAVAILABLE', undefined, []);
    }
  };
  return { recordAll, record: async (executor, event) => (await recordAll(executor, [event]))[0]! };
}
