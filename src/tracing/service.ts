import { caseContexts, timelineOf } from '../cases/present.ts';
import { infectiousWindow } from '../cases/intervals.ts';
import { scopedCase } from '../cases/service.ts';
import type { NamedCaseRow } from '../cases/store.ts';
import { getJurisdictionRow } from '../jurisdictions/store.ts';
import { protocolInForce } from '../protocol/service.ts';
import { notFoundAudited, requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { BulwarkError, invalid } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { decodeSortCursor, sortKey, toPage, type Page } from '../platform/pagination.ts';
import { localDate, toInstant } from '../platform/time.ts';
import { closeCategories, findCandidateContacts, type CandidateDraft, type CaseToTrace, type ContactCategory, type TracingSources } from './candidates.ts';
import { decideCandidate, deleteCandidates, findCaseCandidates, getCandidateRow, insertCandidates, refreshCandidate, searchCandidates, type NamedCandidateRow } from './candidate-store.ts';
import { presentManaged } from './managed.ts';
import { findControlStarts, findManagedByCandidate, insertManagedPerson } from './managed-store.ts';
import { planMeasure } from './measure-plan.ts';
import type { Candidate, CandidateStatus, Decision, ManagedPerson, TraceResult } from './model.ts';
import { presentCandidates } from './present.ts';
import { tracingRulesFrom, type TracingRules } from './rules.ts';
import { tracingSourcesOf } from './sources.ts';

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
const iso = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();

/**
 * Computes a case's candidate contacts from the records as they stand and stores them: new candidates are
 * added, undecided ones refreshed or, when the records no longer support them, removed; decided ones are
 * kept as decided. Running it again after more check-ins arrive is how an investigation follows the data.
 */
export async function traceCase(platform: Platform, actor: Actor, caseId: string): Promise<TraceResult> {
  return (await traceCases(platform, actor, [caseId]))[0]!;
}

/** The most cases traced in one request: a day's new cases in a city at the height of an outbreak. */
export const MOST_CASES_TRACED_TOGETHER = 1000;

/**
 * Traces cases reported together, as traceCase does each: the cases under one protocol and time zone are
 * traced together, so that they share reads, and each case's candidates are stored as soon as they are
 * known. Every case must be in the actor's scope before any is traced.
 */
export async function traceCases(platform: Platform, actor: Actor, caseIds: readonly string[]): Promise<TraceResult[]> {
  await requirePermission(platform, actor, 'cases.write', 'contacts.trace');
  const ids = [...new Set(caseIds)];
  const rows: NamedCaseRow[] = [];
  for (const id of ids) {
    try {
      rows.push(await scopedCase(platform, actor, id, 'contacts.trace'));
    } catch (error) {
      // Among many, the refusal names which one (as the request's field path does).
      if (error instanceof BulwarkError && error.code === 'BULWARK_NOT_FOUND') throw new BulwarkError(error.code, error.message, [{ field: `caseIds.${caseIds.indexOf(id)}`, problem: 'is not a case you can trace' }]);
      throw error;
    }
  }
  const db = platform.database.db;
  const contexts = await caseContexts(platform, rows);
  const now = platform.clock.now();
  const sources = tracingSourcesOf(platform.database);
  const people = await sources.linkedPeople(rows.map((row) => row.person_id));
  const controlledSince = async (personIds: readonly string[]) => new Map([...(await findControlStarts(db, personIds))].map(([id, at]) => [id, seconds(new Date(at))]));

  const groups = new Map<string, { rules: TracingRules; traces: { row: NamedCaseRow; window: TraceWindow; trace: CaseToTrace }[] }>();
  for (const row of rows) {
    const context = contexts.get(row.id)!;
    const rules = tracingRulesFrom(context.protocol, context.timeZone);
    const window = infectiousWindow(timelineOf(row), rules.lookbackDays, context.timeZone);
    const until = new Date(Math.min((window.until ?? now).getTime(), now.getTime()));
    const confirmed = new Set((await findCaseCandidates(db, row.id)).filter((candidate) => candidate.status === 'confirmed').map((candidate) => candidate.person_id));
    const trace = { subject: { person: people.get(row.person_id)!, window: { from: seconds(window.from), until: seconds(until) } }, confirmed };
    const key = `${rules.protocolId} ${context.timeZone}`;
    const group = groups.get(key) ?? { rules, traces: [] };
    group.traces.push({ row, window: { from: window.from, until }, trace });
    groups.set(key, group);
  }
  const results = new Map<string, TraceResult>();
  for (const { rules, traces } of groups.values()) {
    let index = 0;
    for await (const drafts of findCandidateContacts(sources, traces.map((item) => item.trace), rules, controlledSince, seconds(now))) {
      const { row, window } = traces[index++]!;
      results.set(row.id, await storeCandidates(platform, actor, sources, row, { protocolId: rules.protocolId, window, computedAt: now }, drafts));
    }
  }
  return ids.map((id) => results.get(id)!);
}

interface TraceWindow {
  from: Date;
  until: Date;
}

/** How a case's candidates were computed: under which protocol, over which window, when. */
interface TraceRun {
  protocolId: string;
  window: TraceWindow;
  computedAt: Date;
}

/** Stores a case's candidates as found: new ones added, undecided ones refreshed or removed, decided ones kept. */
async function storeCandidates(platform: Platform, actor: Actor, sources: TracingSources, row: NamedCaseRow, { protocolId, window, computedAt: at }: TraceRun, drafts: CandidateDraft[]): Promise<TraceResult> {
  const db = platform.database.db;
  const caseId = row.id;
  const homes = await sources.linkedPeople(drafts.map((draft) => draft.personId));
  const computedAt = toInstant(at);
  const columns = (draft: CandidateDraft) => ({
    jurisdiction_code: homes.get(draft.personId)?.jurisdictionCode ?? row.jurisdiction_code,
    degree: draft.degree,
    via_person_id: draft.viaPersonId,
    category: draft.category,
    evidence: JSON.stringify(draft.evidence),
    first_exposure_at: iso(draft.firstExposureAt),
    last_exposure_at: iso(draft.lastExposureAt),
    exposure_minutes: draft.exposureMinutes,
    score: draft.score,
    computed_at: computedAt,
  });
  const outcome = await db.transaction().execute(async (trx) => {
    const existing = new Map((await findCaseCandidates(trx, caseId)).map((candidate) => [candidate.person_id, candidate]));
    let kept = 0;
    const fresh = [];
    for (const draft of drafts) {
      const known = existing.get(draft.personId);
      existing.delete(draft.personId);
      if (!known) fresh.push({ id: newId(), case_id: caseId, case_jurisdiction_code: row.jurisdiction_code, person_id: draft.personId, status: 'candidate', ...columns(draft) });
      else if (known.status === 'candidate') await refreshCandidate(trx, known.id, columns(draft));
      else kept++;
    }
    await insertCandidates(trx, fresh);
    const stale = [...existing.values()].filter((candidate) => candidate.status === 'candidate').map((candidate) => candidate.id);
    await deleteCandidates(trx, stale);
    const found = {
      first: drafts.filter((draft) => draft.degree === 1).length,
      second: drafts.filter((draft) => draft.degree === 2).length,
      close: drafts.filter((draft) => closeCategories.includes(draft.category)).length,
      sameDayVisitors: drafts.filter((draft) => draft.category === 'same_day_visitor').length,
    };
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'contacts.trace', outcome: 'allowed', personIds: [row.person_id], detail: { caseId, ...found, removed: stale.length } });
    return { found, kept, removed: stale.length };
  });
  return { caseId, protocolId, window: { from: window.from.toISOString(), until: window.until.toISOString() }, ...outcome };
}

export interface CandidateListQuery {
  status?: CandidateStatus | undefined;
  category?: ContactCategory | undefined;
  degree?: number | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Candidates are listed by score; their cursors name that sort. */
const CANDIDATE_SORT = 'score';

function candidateCursorPosition(cursor: string | undefined): { score: number; id: string } | undefined {
  const position = decodeSortCursor(cursor, CANDIDATE_SORT);
  if (position && !Number.isFinite(Number(position.value))) throw invalid([{ field: 'cursor', problem: 'is not a cursor this API returned' }]);
  return position && { score: Number(position.value), id: position.id };
}

/** A case's candidates, highest score first; the read names every candidate in the audit log. */
export async function listCandidates(platform: Platform, actor: Actor, caseId: string, query: CandidateListQuery): Promise<Page<Candidate>> {
  await requirePermission(platform, actor, 'cases.read', 'contacts.list');
  await scopedCase(platform, actor, caseId, 'contacts.list');
  const db = platform.database.db;
  const rows = await searchCandidates(db, actor.scope, { caseId, status: query.status, category: query.category, degree: query.degree, after: candidateCursorPosition(query.cursor), limit: query.limit });
  const page = toPage(rows, query.limit, (row) => sortKey(CANDIDATE_SORT, { value: String(Number(row.score)), id: row.id }));
  const items = await presentCandidates(db, page.items);
  await platform.audit.record(db, { actor, purpose: actor.purpose, operation: 'contacts.list', outcome: 'allowed', personIds: items.map((item) => item.personId), detail: { caseId, status: query.status, category: query.category } });
  return { items, nextCursor: page.nextCursor };
}

async function scopedCandidate(platform: Platform, actor: Actor, id: string, operation: string): Promise<NamedCandidateRow> {
  const row = await getCandidateRow(platform.database.db, actor.scope, id);
  return row ?? notFoundAudited(platform, actor, operation, 'contact candidate', id);
}

const decidedAlready = () => new BulwarkError('BULWARK_CONFLICT', 'the candidate was decided already', [{ field: 'id', problem: 'is decided already' }]);

/**
 * Confirms a candidate as a close contact (a secondary contact, for the second degree): the person becomes a
 * managed person under the measure the protocol in force where they live sets for that category, counted
 * from their last exposure, and ending by rule. A category the protocol puts under no measure is confirmed
 * without one.
 */
export async function confirmCandidate(platform: Platform, actor: Actor, id: string, decision: Decision): Promise<{ candidate: Candidate; managedPerson: ManagedPerson | null }> {
  await requirePermission(platform, actor, 'cases.write', 'contacts.confirm');
  const row = await scopedCandidate(platform, actor, id, 'contacts.confirm');
  if (row.status !== 'candidate') throw decidedAlready();
  const db = platform.database.db;
  const home = await getJurisdictionRow(db, row.jurisdiction_code);
  const timeZone = home?.time_zone ?? 'UTC';
  const now = platform.clock.now();
  const protocol = await protocolInForce(platform, row.jurisdiction_code, localDate(now, timeZone));
  const category = row.degree === 2 ? 'secondaryContact' : 'closeContact';
  const stages = planMeasure(protocol.measures[category], localDate(new Date(row.last_exposure_at), timeZone));
  await db.transaction().execute(async (trx) => {
    if (!(await decideCandidate(trx, id, { status: 'confirmed', by: actor.username, at: toInstant(now), note: decision.note }))) throw decidedAlready();
    if (stages) {
      await insertManagedPerson(trx, {
        id: newId(),
        person_id: row.person_id,
        jurisdiction_code: row.jurisdiction_code,
        county_code: home?.county_code ?? null,
        category,
        case_id: row.case_id,
        candidate_id: id,
        protocol_id: protocol.id,
        stages: JSON.stringify(stages),
        starts_on: stages[0]!.from,
        ends_on: stages[stages.length - 1]!.to,
        created_by: actor.username,
        created_at: toInstant(now),
      });
    }
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'contacts.confirm', outcome: 'allowed', personIds: [row.person_id], detail: { candidateId: id, caseId: row.case_id, category, protocolId: protocol.id } });
  });
  const [candidate] = await presentCandidates(db, [(await getCandidateRow(db, actor.scope, id))!]);
  const managed = await findManagedByCandidate(db, id);
  return { candidate: candidate!, managedPerson: managed ? presentManaged(managed, localDate(now, timeZone)) : null };
}

/** Dismisses a candidate with the reason: the interview or the records showed no exposure that counts. */
export async function dismissCandidate(platform: Platform, actor: Actor, id: string, decision: Decision): Promise<Candidate> {
  await requirePermission(platform, actor, 'cases.write', 'contacts.dismiss');
  const row = await scopedCandidate(platform, actor, id, 'contacts.dismiss');
  if (row.status !== 'candidate') throw decidedAlready();
  const db = platform.database.db;
  await db.transaction().execute(async (trx) => {
    if (!(await decideCandidate(trx, id, { status: 'dismissed', by: actor.username, at: toInstant(platform.clock.now()), note: decision.note }))) throw decidedAlready();
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'contacts.dismiss', outcome: 'allowed', personIds: [row.person_id], detail: { candidateId: id, caseId: row.case_id } });
  });
  const [candidate] = await presentCandidates(db, [(await getCandidateRow(db, actor.scope, id))!]);
  return candidate!;
}
