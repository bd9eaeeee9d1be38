import type { Insertable, Selectable } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition, subtreeCondition } from '../platform/auth/scope.ts';
import type { Executor } from '../platform/db/executor.ts';
import type { TransmissionLinkTable } from '../platform/db/schema.ts';
import { readInChunks } from '../platform/db/in-chunks.ts';

export type LinkRow = Selectable<TransmissionLinkTable>;

export async function insertLink(executor: Executor, row: Insertable<TransmissionLinkTable>): Promise<void> {
  await executor.insertInto('transmission_links').values(row).execute();
}

export async function findLinkBetween(executor: Executor, infectorCaseId: string, infecteeCaseId: string): Promise<LinkRow | undefined> {
  return executor.selectFrom('transmission_links').selectAll().where('infector_case_id', '=', infectorCaseId).where('infectee_case_id', '=', infecteeCaseId).executeTakeFirst();
}

/** Links touching any of these cases, whatever the scope (callers keep only those between visible cases). */
export async function findLinksTouching(executor: Executor, caseIds: readonly string[]): Promise<LinkRow[]> {
  const found = await readInChunks(caseIds, (chunk) => executor.selectFrom('transmission_links').selectAll().where((row) => row.or([row('infector_case_id', 'in', chunk), row('infectee_case_id', 'in', chunk)])).execute());
  // A link between cases of two chunks comes back twice.
  return [...new Map(found.map((row) => [row.id, row])).values()];
}

/** Every link whose infectee case lies in the scope (and in a subtree, when given). */
export async function findLinksIn(executor: Executor, scope: Scope, underPath: string | undefined): Promise<LinkRow[]> {
  let query = executor.selectFrom('transmission_links').selectAll().where(scopeCondition(scope, { jurisdiction: 'transmission_links.jurisdiction_code', person: null }));
  if (underPath) query = query.where(subtreeCondition(underPath, 'transmission_links.jurisdiction_code'));
  return query.execute();
}

/** The ids of the cases in the scope (and in a subtree, when given). */
export async function findCaseIdsIn(executor: Executor, scope: Scope, underPath: string | undefined): Promise<string[]> {
  let query = executor.selectFrom('cases').select('id').where(scopeCondition(scope, { jurisdiction: 'cases.jurisdiction_code', person: 'cases.person_id' }));
  if (underPath) query = query.where(subtreeCondition(underPath, 'cases.jurisdiction_code'));
  return (await query.execute()).map((row) => row.id);
}
