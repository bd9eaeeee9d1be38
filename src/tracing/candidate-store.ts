import type { Insertable, Selectable } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition } from '../platform/auth/scope.ts';
import type { Executor } from '../platform/db/executor.ts';
import type { ContactCandidateTable } from '../platform/db/schema.ts';

export type CandidateRow = Selectable<ContactCandidateTable>;
export type NamedCandidateRow = CandidateRow & { person_name: string };

// Candidates are the investigation's work: they are seen where the case is investigated.
const candidateScope = { jurisdiction: 'contact_candidates.case_jurisdiction_code', person: null };

function namedCandidates(executor: Executor, scope: Scope) {
  return executor
    .selectFrom('contact_candidates')
    .innerJoin('people', 'people.id', 'contact_candidates.person_id')
    .selectAll('contact_candidates')
    .select('people.name as person_name')
    .where(scopeCondition(scope, candidateScope));
}

export async function getCandidateRow(executor: Executor, scope: Scope, id: string): Promise<NamedCandidateRow | undefined> {
  return namedCandidates(executor, scope).where('contact_candidates.id', '=', id).executeTakeFirst();
}

export interface CandidateSearch {
  caseId: string;
  status?: string | undefined;
  category?: string | undefined;
  degree?: number | undefined;
  /** Keyset: the (score, id) of the last row of the previous page, highest score first. */
  after?: { score: number; id: string } | undefined;
  limit: number;
}

/** A case's candidates, highest score first; limit + 1 rows so that a next page is known. */
export async function searchCandidates(executor: Executor, scope: Scope, search: CandidateSearch): Promise<NamedCandidateRow[]> {
  let query = namedCandidates(executor, scope).where('contact_candidates.case_id', '=', search.caseId);
  if (search.status) query = query.where('contact_candidates.status', '=', search.status);
  if (search.category) query = query.where('contact_candidates.category', '=', search.category);
  if (search.degree) query = query.where('contact_candidates.degree', '=', search.degree);
  if (search.after) {
    const { score, id } = search.after;
    query = query.where((row) => row.or([row('contact_candidates.score', '<', score), row.and([row('contact_candidates.score', '=', score), row('contact_candidates.id', '>', id)])]));
  }
  return query.orderBy('contact_candidates.score', 'desc').orderBy('contact_candidates.id').limit(search.limit + 1).execute();
}

/** Every candidate of a case with its decision, whatever the scope (the caller has checked the case's). */
export async function findCaseCandidates(executor: Executor, caseId: string): Promise<Pick<CandidateRow, 'id' | 'person_id' | 'status'>[]> {
  return executor.selectFrom('contact_candidates').select(['id', 'person_id', 'status']).where('case_id', '=', caseId).execute();
}

export async function insertCandidates(executor: Executor, rows: Insertable<ContactCandidateTable>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 200) await executor.insertInto('contact_candidates').values(rows.slice(start, start + 200)).execute();
}

/** Refreshes an undecided candidate with what the records now show. */
export async function refreshCandidate(executor: Executor, id: string, changes: Omit<Insertable<ContactCandidateTable>, 'id' | 'case_id' | 'case_jurisdiction_code' | 'person_id' | 'status'>): Promise<void> {
  await executor.updateTable('contact_candidates').set(changes).where('id', '=', id).where('status', '=', 'candidate').execute();
}

export async function deleteCandidates(executor: Executor, ids: readonly string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += 500) await executor.deleteFrom('contact_candidates').where('id', 'in', ids.slice(start, start + 500)).where('status', '=', 'candidate').execute();
}

/** Records a decision on a candidate still undecided; returns whether it was. */
export async function decideCandidate(executor: Executor, id: string, decision: { status: string; by: string; at: string; note: string }): Promise<boolean> {
  const result = await executor
    .updateTable('contact_candidates')
    .set({ status: decision.status, decided_by: decision.by, decided_at: decision.at, decision_note: decision.note })
    .where('id', '=', id)
    .where('status', '=', 'candidate')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The candidate rows naming a person, across cases: where a new case's infection may have come from. */
export async function findCandidatesNaming(executor: Executor, personId: string): Promise<CandidateRow[]> {
  return executor.selectFrom('contact_candidates').selectAll().where('person_id', '=', personId).orderBy('score', 'desc').execute();
}

/** The candidate of one case naming one person. */
export async function findCandidateOf(executor: Executor, caseId: string, personId: string): Promise<CandidateRow | undefined> {
  return executor.selectFrom('contact_candidates').selectAll().where('case_id', '=', caseId).where('person_id', '=', personId).executeTakeFirst();
}
