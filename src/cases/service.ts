import { filterPathOf } from '../jurisdictions/service.ts';
import { getJurisdictionRow } from '../jurisdictions/store.ts';
import { getPersonRow } from '../people/store.ts';
import { notFoundAudited, requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { can } from '../platform/auth/roles.ts';
import type { Platform } from '../platform/context.ts';
import type { Executor } from '../platform/db/executor.ts';
import { BulwarkError, invalid } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { decodeSortCursor, sortKey, toPage, type Page } from '../platform/pagination.ts';
import { addDays, localDate, localDayStart, toInstant } from '../platform/time.ts';
import { closedCaseStatuses, type Case, type CaseCreate, type CaseUpdate } from './model.ts';
import { presentCases } from './present.ts';
import { caseIssues, type CaseState } from './rules.ts';
import { findOpenCaseOf, getCaseRow, insertCase, searchCases, updateCaseRow, type CaseRow, type NamedCaseRow } from './store.ts';

/** Records a read of cases naming every person in them; if the record cannot be written, the read fails. */
async function auditRead(platform: Platform, actor: Actor, operation: string, personIds: string[], detail: Record<string, unknown> = {}): Promise<void> {
  await platform.audit.record(platform.database.db, { actor, purpose: actor.purpose, operation, outcome: 'allowed', personIds, detail });
}

/** Normalizes an instant to the stored form (UTC with milliseconds), so that text order is time order. */
const stored = (instant: string | null | undefined) => (instant ? toInstant(new Date(instant)) : null);

/** The local date of today in a jurisdiction. */
async function todayIn(platform: Platform, jurisdictionCode: string): Promise<{ today: string; timeZone: string }> {
  const timeZone = (await getJurisdictionRow(platform.database.db, jurisdictionCode))?.time_zone ?? 'UTC';
  return { today: localDate(platform.clock.now(), timeZone), timeZone };
}

/** One case within the actor's scope; out of scope answers exactly like a missing id. */
export async function scopedCase(platform: Platform, actor: Actor, id: string, operation: string): Promise<NamedCaseRow> {
  const row = await getCaseRow(platform.database.db, actor.scope, id);
  return row ?? notFoundAudited(platform, actor, operation, 'case', id);
}

/**
 * The refusal of a second open case of a person. It names the open case to an actor who may read it there,
 * so that they can update it instead; the case may lie elsewhere when the person moved since it was reported.
 */
async function openCaseConflict(executor: Executor, actor: Actor, open: CaseRow): Promise<BulwarkError> {
  const readable = can(actor.role, 'cases.read') && (await getCaseRow(executor, actor.scope, open.id)) !== undefined;
  return new BulwarkError('BULWARK_CONFLICT', 'the person has an open case already; update it instead', [
    { field: 'personId', problem: 'has an open case already', ...(readable ? { existingId: open.id } : {}) },
  ]);
}

/** Reports a case of a person within the actor's scope; the case belongs to the person's jurisdiction. */
export async function createCase(platform: Platform, actor: Actor, input: CaseCreate): Promise<Case> {
  await requirePermission(platform, actor, 'cases.write', 'cases.create');
  const db = platform.database.db;
  const person = await getPersonRow(db, actor.scope, input.personId);
  if (!person) throw invalid([{ field: 'personId', problem: 'is not a person within your scope' }]);
  const now = platform.clock.now();
  const state: CaseState = {
    classification: input.classification,
    status: input.status ?? 'under_investigation',
    onsetDate: input.onsetDate ?? null,
    sampledDate: input.sampledDate ?? null,
    detectedAt: stored(input.detectedAt)!,
    reportedAt: stored(input.reportedAt) ?? toInstant(now),
    isolatedAt: stored(input.isolatedAt),
    treatedAt: stored(input.treatedAt),
  };
  const issues = caseIssues(state, (await todayIn(platform, person.jurisdiction_code)).today, now);
  if (issues.length > 0) throw invalid(issues);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const open = await findOpenCaseOf(trx, person.id, closedCaseStatuses);
    if (open) throw await openCaseConflict(trx, actor, open);
    await insertCase(trx, {
      id,
      person_id: person.id,
      jurisdiction_code: person.jurisdiction_code,
      county_code: person.county_code,
      classification: state.classification,
      basis: input.basis,
      status: state.status,
      onset_date: state.onsetDate,
      sampled_date: state.sampledDate,
      symptoms: JSON.stringify(input.symptoms ?? []),
      travel_history: JSON.stringify(input.travelHistory ?? []),
      places_visited: JSON.stringify((input.placesVisited ?? []).map((visit) => ({ placeId: visit.placeId ?? null, description: visit.description, from: stored(visit.from), to: stored(visit.to) }))),
      detected_at: state.detectedAt,
      reported_at: state.reportedAt,
      isolated_at: state.isolatedAt,
      treated_at: state.treatedAt,
      reported_by: actor.username,
      created_at: toInstant(now),
      updated_at: toInstant(now),
      version: 1,
    });
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'cases.create', outcome: 'allowed', personIds: [person.id], detail: { caseId: id, classification: state.classification } });
  });
  const [created] = await presentCases(platform, [(await getCaseRow(db, actor.scope, id))!]);
  return created!;
}

export async function getCase(platform: Platform, actor: Actor, id: string): Promise<Case> {
  await requirePermission(platform, actor, 'cases.read', 'cases.get');
  const row = await scopedCase(platform, actor, id, 'cases.get');
  const [found] = await presentCases(platform, [row]);
  await auditRead(platform, actor, 'cases.get', [row.person_id], { caseId: id });
  return found!;
}

export interface CaseListQuery {
  jurisdiction?: string | undefined;
  status?: Case['status'] | undefined;
  classification?: Case['classification'] | undefined;
  reportedFrom?: string | undefined;
  reportedTo?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Cases are listed by report instant; their cursors name that sort. */
const CASE_SORT = 'reported';

function caseCursorPosition(cursor: string | undefined): { reportedAt: string; id: string } | undefined {
  const position = decodeSortCursor(cursor, CASE_SORT);
  return position && { reportedAt: position.value, id: position.id };
}

/** Cases within the scope, newest report first. Report dates are local to the filtered (or the actor's) jurisdiction. */
export async function listCases(platform: Platform, actor: Actor, query: CaseListQuery): Promise<Page<Case>> {
  await requirePermission(platform, actor, 'cases.read', 'cases.list');
  const underPath = await filterPathOf(platform, actor, query.jurisdiction);
  const zoneOf = query.jurisdiction ?? actor.jurisdictionCode;
  const timeZone = zoneOf ? (await todayIn(platform, zoneOf)).timeZone : 'UTC';
  const rows = await searchCases(platform.database.db, actor.scope, {
    underPath,
    status: query.status,
    classification: query.classification,
    reportedFrom: query.reportedFrom ? toInstant(localDayStart(query.reportedFrom, timeZone)) : undefined,
    reportedBefore: query.reportedTo ? toInstant(localDayStart(addDays(query.reportedTo, 1), timeZone)) : undefined,
    before: caseCursorPosition(query.cursor),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (row) => sortKey(CASE_SORT, { value: row.reported_at, id: row.id }));
  const items = await presentCases(platform, page.items);
  await auditRead(platform, actor, 'cases.list', items.map((item) => item.personId), { jurisdiction: query.jurisdiction, status: query.status });
  return { items, nextCursor: page.nextCursor };
}

/** Changes a case at the version read; the merged record must keep every rule. */
export async function updateCase(platform: Platform, actor: Actor, id: string, changes: CaseUpdate): Promise<Case> {
  await requirePermission(platform, actor, 'cases.write', 'cases.update');
  const db = platform.database.db;
  const row = await scopedCase(platform, actor, id, 'cases.update');
  const pick = <Value>(given: Value | undefined, current: Value) => (given === undefined ? current : given);
  const state: CaseState = {
    classification: pick(changes.classification, row.classification as CaseState['classification']),
    status: pick(changes.status, row.status as CaseState['status']),
    onsetDate: pick(changes.onsetDate, row.onset_date),
    sampledDate: pick(changes.sampledDate, row.sampled_date),
    detectedAt: changes.detectedAt ? stored(changes.detectedAt)! : row.detected_at,
    reportedAt: row.reported_at,
    isolatedAt: changes.isolatedAt === undefined ? row.isolated_at : stored(changes.isolatedAt),
    treatedAt: changes.treatedAt === undefined ? row.treated_at : stored(changes.treatedAt),
  };
  const now = platform.clock.now();
  const issues = caseIssues(state, (await todayIn(platform, row.jurisdiction_code)).today, now);
  if (issues.length > 0) throw invalid(issues);
  const updated = await db.transaction().execute(async (trx) => {
    const done = await updateCaseRow(trx, id, changes.version, {
      classification: state.classification,
      basis: changes.basis ?? row.basis,
      status: state.status,
      onset_date: state.onsetDate,
      sampled_date: state.sampledDate,
      detected_at: state.detectedAt,
      isolated_at: state.isolatedAt,
      treated_at: state.treatedAt,
      ...(changes.symptoms ? { symptoms: JSON.stringify(changes.symptoms) } : {}),
      ...(changes.travelHistory ? { travel_history: JSON.stringify(changes.travelHistory) } : {}),
      ...(changes.placesVisited
        ? { places_visited: JSON.stringify(changes.placesVisited.map((visit) => ({ placeId: visit.placeId ?? null, description: visit.description, from: stored(visit.from), to: stored(visit.to) }))) }
        : {}),
      updated_at: toInstant(now),
    });
    if (done) await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'cases.update', outcome: 'allowed', personIds: [row.person_id], detail: { caseId: id, fields: Object.keys(changes).filter((field) => field !== 'version') } });
    return done;
  });
  if (!updated) throw new BulwarkError('BULWARK_CONFLICT', 'the case was changed by someone else; reload and try again', [{ field: 'version', problem: 'is not the current version' }]);
  const [result] = await presentCases(platform, [(await getCaseRow(db, actor.scope, id))!]);
  return result!;
}
