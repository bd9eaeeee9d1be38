import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition, subtreeCondition } from '../platform/auth/scope.ts';
import type { Executor } from '../platform/db/executor.ts';
import { afterPosition, type SortOrder } from '../platform/db/keyset.ts';
import type { CaseTable } from '../platform/db/schema.ts';

export type CaseRow = Selectable<CaseTable>;
/** A case with the name of its person, as lists and details show it. */
export type NamedCaseRow = CaseRow & { person_name: string };

/** Lists of cases go newest report first, ties by id. */
const NEWEST_REPORT_FIRST: SortOrder = { column: 'cases.reported_at', descending: true, nullable: false };

const caseScope = { jurisdiction: 'cases.jurisdiction_code', person: 'cases.person_id' };

function namedCases(executor: Executor, scope: Scope) {
  return executor
    .selectFrom('cases')
    .innerJoin('people', 'people.id', 'cases.person_id')
    .selectAll('cases')
    .select('people.name as person_name')
    .where(scopeCondition(scope, caseScope));
}

export async function insertCase(executor: Executor, row: Insertable<CaseTable>): Promise<void> {
  await executor.insertInto('cases').values(row).execute();
}

/** One case, if its jurisdiction lies in the scope. */
export async function getCaseRow(executor: Executor, scope: Scope, id: string): Promise<NamedCaseRow | undefined> {
  return namedCases(executor, scope).where('cases.id', '=', id).executeTakeFirst();
}

/** Cases by id within the scope, in no particular order. */
export async function findCaseRows(executor: Executor, scope: Scope, ids: readonly string[]): Promise<NamedCaseRow[]> {
  if (ids.length === 0) return [];
  return namedCases(executor, scope).where('cases.id', 'in', [...ids]).execute();
}

/** The person's cases that are still open (not recovered, not deceased), whatever the scope: a person has one open case at a time. */
export async function findOpenCaseOf(executor: Executor, personId: string, closedStatuses: readonly string[]): Promise<CaseRow | undefined> {
  return executor.selectFrom('cases').selectAll().where('person_id', '=', personId).where('status', 'not in', [...closedStatuses]).executeTakeFirst();
}

/** Which of these people have a case, open or closed, whatever the scope. */
export async function findPeopleWithCases(executor: Executor, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await executor.selectFrom('cases').select('person_id').where('person_id', 'in', [...personIds]).execute();
  return new Set(rows.map((row) => row.person_id));
}

export interface CaseSearch {
  underPath?: string | undefined;
  status?: string | undefined;
  classification?: string | undefined;
  reportedFrom?: string | undefined;
  reportedBefore?: string | undefined;
  /** Keyset: the (reported_at, id) of the last row of the previous page, newest first. */
  before?: { reportedAt: string; id: string } | undefined;
  limit: number;
}

/** Cases within the scope, newest report first; fetches limit + 1 rows so that a next page is known. */
export async function searchCases(executor: Executor, scope: Scope, search: CaseSearch): Promise<NamedCaseRow[]> {
  let query = namedCases(executor, scope);
  if (search.underPath) query = query.where(subtreeCondition(search.underPath, 'cases.jurisdiction_code'));
  if (search.status) query = query.where('cases.status', '=', search.status);
  if (search.classification) query = query.where('cases.classification', '=', search.classification);
  if (search.reportedFrom) query = query.where('cases.reported_at', '>=', search.reportedFrom);
  if (search.reportedBefore) query = query.where('cases.reported_at', '<', search.reportedBefore);
  if (search.before) query = query.where(afterPosition(NEWEST_REPORT_FIRST, 'cases.id', { value: search.before.reportedAt, id: search.before.id }));
  return query.orderBy('cases.reported_at', 'desc').orderBy('cases.id', 'desc').limit(search.limit + 1).execute();
}

/** Changes a case if it is still at the version read; returns whether it was. */
export async function updateCaseRow(executor: Executor, id: string, expectedVersion: number, changes: Updateable<CaseTable>): Promise<boolean> {
  const result = await executor
    .updateTable('cases')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
