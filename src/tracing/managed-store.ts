import type { Insertable, Selectable } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition, subtreeCondition } from '../platform/auth/scope.ts';
import type { Executor } from '../platform/db/executor.ts';
import type { ManagedPersonTable } from '../platform/db/schema.ts';
import { readInChunks } from '../platform/db/in-chunks.ts';

export type ManagedRow = Selectable<ManagedPersonTable>;
export type NamedManagedRow = ManagedRow & { person_name: string };

// Measures are carried out where the person lives, so they are seen there.
const managedScope = { jurisdiction: 'managed_persons.jurisdiction_code', person: 'managed_persons.person_id' };

export async function insertManagedPerson(executor: Executor, row: Insertable<ManagedPersonTable>): Promise<void> {
  await executor.insertInto('managed_persons').values(row).execute();
}

function namedManaged(executor: Executor, scope: Scope) {
  return executor
    .selectFrom('managed_persons')
    .innerJoin('people', 'people.id', 'managed_persons.person_id')
    .selectAll('managed_persons')
    .select('people.name as person_name')
    .where(scopeCondition(scope, managedScope));
}

/** The managed-person record a confirmation created, whatever the scope (the caller has checked the candidate's). */
export async function findManagedByCandidate(executor: Executor, candidateId: string): Promise<NamedManagedRow | undefined> {
  return namedManaged(executor, { kind: 'system' }).where('managed_persons.candidate_id', '=', candidateId).executeTakeFirst();
}

export interface ManagedSearch {
  underPath?: string | undefined;
  /** true: measures whose last day is today or later; false: ended before today. */
  activeOn?: { today: string; active: boolean } | undefined;
  afterId?: string | undefined;
  limit: number;
}

export async function searchManagedPersons(executor: Executor, scope: Scope, search: ManagedSearch): Promise<NamedManagedRow[]> {
  let query = namedManaged(executor, scope);
  if (search.underPath) query = query.where(subtreeCondition(search.underPath, 'managed_persons.jurisdiction_code'));
  if (search.activeOn) query = query.where('managed_persons.ends_on', search.activeOn.active ? '>=' : '<', search.activeOn.today);
  if (search.afterId) query = query.where('managed_persons.id', '>', search.afterId);
  return query.orderBy('managed_persons.id').limit(search.limit + 1).execute();
}

/** When each of these people was placed under a measure, the earliest record first, whatever the scope. */
export async function findControlStarts(executor: Executor, personIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await readInChunks(personIds, (chunk) => executor.selectFrom('managed_persons').select(['person_id', 'created_at']).where('person_id', 'in', chunk).execute());
  const starts = new Map<string, string>();
  for (const row of rows) if (!starts.has(row.person_id) || row.created_at < starts.get(row.person_id)!) starts.set(row.person_id, row.created_at);
  return starts;
}
