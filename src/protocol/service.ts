import { filterPathOf, requireWritableJurisdiction } from '../jurisdictions/service.ts';
import { getJurisdictionRow, getVisibleJurisdiction, type JurisdictionRow } from '../jurisdictions/store.ts';
import { ancestorCodes } from '../jurisdictions/tree.ts';
import { requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { BulwarkError, invalid, notFound, type FieldIssue } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { decodeCursor, toPage, type Page } from '../platform/pagination.ts';
import { localDate } from '../platform/time.ts';
import { builtInProtocols, findBuiltInProtocol } from './built-in.ts';
import type { ProtocolAssignment, ProtocolAssignmentCreate, ProtocolDocument, ProtocolInForce, ProtocolSummary, PublicProtocols } from './model.ts';
import { resolveProtocol } from './resolve.ts';
import { findAssignmentsInForce, findPublishedAssignments, insertProtocolAssignment, searchProtocolAssignments, toProtocolAssignment, type ProtocolAssignmentRow } from './store.ts';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The document in force for a stored jurisdiction on a local date, and what put it in force. */
async function resolveFor(platform: Platform, jurisdiction: JurisdictionRow, date: string): Promise<Omit<ProtocolInForce, 'jurisdictionCode' | 'date'>> {
  // The jurisdiction itself first, then its ancestors, nearest first.
  const lineage = [jurisdiction.code, ...ancestorCodes(jurisdiction.path).reverse()];
  const assignments = (await findAssignmentsInForce(platform.database.db, lineage, date)).map(toProtocolAssignment);
  const resolved = resolveProtocol(lineage, assignments, builtInProtocols, date);
  if (!resolved) throw new BulwarkError('BULWARK_NOT_FOUND', `no protocol was in force in ${jurisdiction.code} on ${date}`);
  const document = findBuiltInProtocol(resolved.protocolId);
  if (!document) throw new BulwarkError('BULWARK_INTERNAL', `assigned protocol ${resolved.protocolId} is not a built-in document`);
  return { basis: resolved.basis, assignment: resolved.assignment, document };
}

/**
 * The protocol in force for a jurisdiction on a local date (YYYY-MM-DD), for other modules (check-ins,
 * tracing) whose callers have already been authorized. Two indexed queries; documents are parsed once.
 */
export async function protocolInForce(platform: Platform, jurisdictionCode: string, date: string): Promise<ProtocolDocument> {
  // Dates are compared as text, which holds only for YYYY-MM-DD.
  if (!LOCAL_DATE.test(date)) throw invalid([{ field: 'date', problem: 'must be a date as YYYY-MM-DD' }]);
  const jurisdiction = await getJurisdictionRow(platform.database.db, jurisdictionCode);
  if (!jurisdiction) throw notFound('jurisdiction');
  return (await resolveFor(platform, jurisdiction, date)).document;
}

function summarize(document: ProtocolDocument): ProtocolSummary {
  const { id, name, disease, issuer, publishedOn, effectiveFrom, nationalDefault } = document;
  return { id, name, disease, issuer, publishedOn, effectiveFrom, nationalDefault };
}

/** The protocol documents Bulwark ships, oldest effective date first. */
export async function listProtocols(platform: Platform, actor: Actor): Promise<ProtocolSummary[]> {
  await requirePermission(platform, actor, 'protocols.read', 'protocols.list');
  return builtInProtocols.map(summarize);
}

/** One protocol document, every number with its source. */
export async function getProtocol(platform: Platform, actor: Actor, id: string): Promise<ProtocolDocument> {
  await requirePermission(platform, actor, 'protocols.read', 'protocols.get');
  const document = findBuiltInProtocol(id);
  if (!document) throw notFound('protocol');
  return document;
}

/** The protocol in force for a jurisdiction the actor may see (its subtree or above), by default today there. */
export async function getJurisdictionProtocol(platform: Platform, actor: Actor, code: string, date: string | undefined): Promise<ProtocolInForce> {
  await requirePermission(platform, actor, 'protocols.read', 'protocols.in-force');
  const jurisdiction = await getVisibleJurisdiction(platform.database.db, actor.scope, code);
  if (!jurisdiction) throw notFound('jurisdiction');
  const day = date ?? localDate(platform.clock.now(), jurisdiction.time_zone);
  return { jurisdictionCode: jurisdiction.code, date: day, ...(await resolveFor(platform, jurisdiction, day)) };
}

/**
 * Puts a protocol in force for a jurisdiction within the actor's subtree from a local date on. The date may
 * not lie in the past there, so that what was in force on a past day never changes; the change is audited
 * and published on the public pages.
 */
export async function assignProtocol(platform: Platform, actor: Actor, input: ProtocolAssignmentCreate): Promise<ProtocolAssignment> {
  await requirePermission(platform, actor, 'protocols.assign', 'protocols.assign');
  const jurisdiction = await requireWritableJurisdiction(platform, actor, input.jurisdictionCode, 'jurisdictionCode');
  const now = platform.clock.now();
  const today = localDate(now, jurisdiction.time_zone);
  const protocol = findBuiltInProtocol(input.protocolId);
  const issues: FieldIssue[] = [];
  if (!protocol) issues.push({ field: 'protocolId', problem: `is not a known protocol: one of ${builtInProtocols.map((document) => document.id).join(', ')}` });
  if (input.effectiveFrom < today) issues.push({ field: 'effectiveFrom', problem: `is in the past: today is ${today} in ${jurisdiction.time_zone}, and what was in force on a past day is never rewritten` });
  else if (protocol && input.effectiveFrom < protocol.effectiveFrom) issues.push({ field: 'effectiveFrom', problem: `is before ${protocol.id} takes effect (${protocol.effectiveFrom})` });
  if (issues.length > 0) throw invalid(issues);
  const row: ProtocolAssignmentRow = {
    id: newId(),
    jurisdiction_code: jurisdiction.code,
    county_code: jurisdiction.county_code,
    protocol_id: input.protocolId,
    effective_from: input.effectiveFrom,
    reason: input.reason,
    assigned_by: actor.username,
    created_at: now.toISOString(),
  };
  await platform.database.db.transaction().execute(async (trx) => {
    await insertProtocolAssignment(trx, row);
    const detail = { assignmentId: row.id, jurisdiction: row.jurisdiction_code, protocolId: row.protocol_id, effectiveFrom: row.effective_from };
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'protocols.assign', outcome: 'allowed', detail });
  });
  return toProtocolAssignment(row);
}

/** The assignments within the actor's scope (optionally one subtree of it), newest made first. */
export async function listProtocolAssignments(platform: Platform, actor: Actor, query: { jurisdiction?: string | undefined; cursor?: string | undefined; limit: number }): Promise<Page<ProtocolAssignment>> {
  await requirePermission(platform, actor, 'protocols.read', 'protocols.assignments.list');
  const rows = await searchProtocolAssignments(platform.database.db, actor.scope, {
    underPath: await filterPathOf(platform, actor, query.jurisdiction),
    beforeId: decodeCursor(query.cursor),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (row) => row.id);
  return { items: page.items.map(toProtocolAssignment), nextCursor: page.nextCursor };
}

/** What the public sees of the rules (SECURITY.md: rule changes are published with their effective date). */
export async function listPublicProtocols(platform: Platform): Promise<PublicProtocols> {
  const rows = await findPublishedAssignments(platform.database.db);
  return {
    documents: [...builtInProtocols],
    assignments: rows.map((row) => ({
      jurisdiction: { code: row.jurisdiction_code, name: row.jurisdiction_name, level: row.jurisdiction_level },
      protocolId: row.protocol_id,
      effectiveFrom: row.effective_from,
      reason: row.reason,
      createdAt: row.created_at,
    })),
  };
}
