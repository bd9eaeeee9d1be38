import { requirePermission } from '../auth/access.ts';
import type { Actor } from '../auth/actor.ts';
import type { Platform } from '../context.ts';
import type { Executor } from '../db/executor.ts';
import { decodeCursor, encodeCursor, type Page } from '../pagination.ts';
import { readAuditAnchor, readAuditRecords, searchAuditRecords, type AuditQuery } from './audit.store.ts';
import { ChainVerifier, type ChainProblem } from './chain.ts';
import type { AuditRecord } from './model.ts';

/** Searches the audit log, newest first, for actors within the auditor's jurisdiction. The search is audited too. */
export async function searchAudit(
  platform: Platform,
  actor: Actor,
  query: Omit<AuditQuery, 'beforeSeq'> & { cursor?: string | undefined },
): Promise<Page<AuditRecord>> {
  await requirePermission(platform, actor, 'audit.read', 'audit.search');
  const scopePath = actor.scope.kind === 'subtree' ? actor.scope.rootPath : null;
  const before = decodeCursor(query.cursor);
  const records = await searchAuditRecords(platform.database.db, scopePath, { ...query, beforeSeq: before ? Number(before) : undefined, limit: query.limit + 1 });
  const items = records.slice(0, query.limit);
  await platform.audit.record(platform.database.db, {
    actor,
    purpose: actor.purpose,
    operation: 'audit.search',
    outcome: 'allowed',
    detail: { filters: { actor: query.actorAccountId, person: query.personId !== undefined, operation: query.operation, from: query.from, to: query.to }, returned: items.length },
  });
  const last = items[items.length - 1];
  return { items, nextCursor: records.length > query.limit && last ? encodeCursor(String(last.seq)) : null };
}

export interface VerifyResult {
  checked: number;
  problems: ChainProblem[];
}

/** Re-computes the whole hash chain up to its head and reports every modified, deleted or reordered record. */
export async function verifyAuditChain(executor: Executor, pageSize = 5000): Promise<VerifyResult> {
  const verifier = new ChainVerifier();
  const anchor = await readAuditAnchor(executor);
  let after = 0;
  for (;;) {
    const records = await readAuditRecords(executor, after, pageSize);
    // Records appended while verifying lie beyond the anchor read first; they are checked next time.
    for (const record of records) if (record.seq <= anchor.seq) verifier.add(record);
    if (records.length < pageSize) break;
    after = records[records.length - 1]!.seq;
  }
  return { checked: verifier.checked, problems: verifier.finish(anchor) };
}
