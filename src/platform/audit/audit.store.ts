import type { Insertable, Selectable } from 'kysely';
import type { DialectName } from '../db/database.ts';
import type { Executor } from '../db/executor.ts';
import type { AuditLogTable } from '../db/schema.ts';
import { ancestorCodes, subtreeRange } from '../../jurisdictions/tree.ts';
import { newId } from '../ids.ts';
import { hashRecord } from './chain.ts';
import type { AuditEntry, AuditRecord, Outcome, Purpose } from './model.ts';

const ROWS_PER_STATEMENT = 500;

/**
 * Appends records to the chain, in the order given, under one read and one update of the anchor. Must
 * run inside a transaction: the anchor row is locked (PostgreSQL) or the write lock is held (SQLite), so
 * that concurrent writers take turns and the chain stays linear. Writers that commit together (grouped
 * check-ins) pay for the turn once.
 */
export async function appendAuditRecords(trx: Executor, dialect: DialectName, entries: AuditEntry[]): Promise<AuditRecord[]> {
  if (entries.length === 0) return [];
  let anchorQuery = trx.selectFrom('audit_anchor').select(['seq', 'hash']).where('id', '=', 1);
  if (dialect === 'postgres') anchorQuery = anchorQuery.forUpdate();
  const anchor = await anchorQuery.executeTakeFirstOrThrow();
  let seq = Number(anchor.seq);
  let prevHash = anchor.hash;
  const records = entries.map((entry): AuditRecord => {
    const personIds = [...new Set(entry.personIds)];
    // Round-trip the detail through JSON first, so that what is hashed is exactly what is stored.
    const detail = JSON.parse(JSON.stringify(entry.detail)) as Record<string, unknown>;
    const unsigned = { ...entry, detail, personIds, seq: ++seq, id: newId(), prevHash };
    prevHash = hashRecord(unsigned);
    return { ...unsigned, hash: prevHash };
  });
  for (let start = 0; start < records.length; start += ROWS_PER_STATEMENT) {
    await trx.insertInto('audit_log').values(records.slice(start, start + ROWS_PER_STATEMENT).map(toAuditRow)).execute();
  }
  const subjects = records.flatMap((record) => record.personIds.map((personId) => ({ audit_seq: record.seq, person_id: personId })));
  for (let start = 0; start < subjects.length; start += ROWS_PER_STATEMENT) {
    await trx.insertInto('audit_subjects').values(subjects.slice(start, start + ROWS_PER_STATEMENT)).execute();
  }
  await trx.updateTable('audit_anchor').set({ seq, hash: prevHash }).where('id', '=', 1).execute();
  return records;
}

function toAuditRow(record: AuditRecord): Insertable<AuditLogTable> {
  return {
    seq: record.seq,
    id: record.id,
    at: record.at,
    actor_account_id: record.actorAccountId,
    actor_role: record.actorRole,
    actor_jurisdiction: record.actorJurisdiction,
    purpose: record.purpose,
    operation: record.operation,
    outcome: record.outcome,
    source_address: record.sourceAddress,
    subject_count: record.personIds.length,
    detail: JSON.stringify(record.detail),
    prev_hash: record.prevHash,
    hash: record.hash,
  };
}

export interface AuditQuery {
  actorAccountId?: string | undefined;
  personId?: string | undefined;
  operation?: string | undefined;
  outcome?: Outcome | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Records older than this sequence number (cursor of the previous page). */
  beforeSeq?: number | undefined;
  limit: number;
}

/**
 * Audit records, newest first, of actors within a jurisdiction path (or all, for a system scope). Work
 * done by the system itself (command-line imports, jobs) has no jurisdiction and is shown to auditors of
 * a whole country, whose path has a single code.
 */
export async function searchAuditRecords(
  executor: Executor,
  actorScopePath: string | null,
  query: AuditQuery,
): Promise<AuditRecord[]> {
  let select = executor.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(query.limit);
  if (actorScopePath !== null) {
    const { from, to } = subtreeRange(actorScopePath);
    const countryWide = ancestorCodes(actorScopePath).length === 0;
    select = select.where((where) =>
      where.or([
        where('actor_jurisdiction', 'in', (inner) => inner.selectFrom('jurisdictions').select('code').where('path', '>=', from).where('path', '<', to)),
        ...(countryWide ? [where('actor_jurisdiction', 'is', null)] : []),
      ]),
    );
  }
  if (query.actorAccountId) select = select.where('actor_account_id', '=', query.actorAccountId);
  if (query.operation) select = select.where('operation', '=', query.operation);
  if (query.outcome) select = select.where('outcome', '=', query.outcome);
  if (query.from) select = select.where('at', '>=', query.from);
  if (query.to) select = select.where('at', '<', query.to);
  if (query.beforeSeq !== undefined) select = select.where('seq', '<', query.beforeSeq);
  if (query.personId) {
    const personId = query.personId;
    select = select.where('seq', 'in', (inner) => inner.selectFrom('audit_subjects').select('audit_seq').where('person_id', '=', personId));
  }
  const rows = await select.execute();
  return withSubjects(executor, rows);
}

/** Records in sequence order from a sequence number on, for verification. */
export async function readAuditRecords(executor: Executor, afterSeq: number, limit: number): Promise<AuditRecord[]> {
  const rows = await executor.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
  return withSubjects(executor, rows);
}

export async function readAuditAnchor(executor: Executor): Promise<{ seq: number; hash: string }> {
  const anchor = await executor.selectFrom('audit_anchor').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { seq: Number(anchor.seq), hash: anchor.hash };
}

type AuditRow = Selectable<AuditLogTable>;

async function withSubjects(executor: Executor, rows: AuditRow[]): Promise<AuditRecord[]> {
  if (rows.length === 0) return [];
  const seqs = rows.map((row) => Number(row.seq));
  const subjects = await executor
    .selectFrom('audit_subjects')
    .select(['audit_seq', 'person_id'])
    .where('audit_seq', 'in', seqs)
    .execute();
  const bySeq = new Map<number, string[]>();
  for (const subject of subjects) {
    const list = bySeq.get(Number(subject.audit_seq)) ?? [];
    list.push(subject.person_id);
    bySeq.set(Number(subject.audit_seq), list);
  }
  return rows.map((row) => ({
    seq: Number(row.seq),
    id: row.id,
    at: row.at,
    actorAccountId: row.actor_account_id,
    actorRole: row.actor_role,
    actorJurisdiction: row.actor_jurisdiction,
    purpose: row.purpose as Purpose,
    operation: row.operation,
    outcome: row.outcome as Outcome,
    sourceAddress: row.source_address,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    personIds: bySeq.get(Number(row.seq)) ?? [],
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
}
