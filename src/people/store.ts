import { sql, type Expression, type Insertable, type Selectable, type SqlBool, type Transaction } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition, subtreeCondition } from '../platform/auth/scope.ts';
import type { Executor } from '../platform/db/executor.ts';
import { insertSkippingConflicts } from '../platform/db/bulk.ts';
import type { Database } from '../platform/db/database.ts';
import type { PersonTable, Schema } from '../platform/db/schema.ts';
import { afterPosition, sortExpression, type SortOrder } from '../platform/db/keyset.ts';
import { containsText } from '../platform/db/text-match.ts';
import type { SortPosition } from '../platform/pagination.ts';
import { readInChunks } from '../platform/db/in-chunks.ts';

export type PersonRow = Selectable<PersonTable>;

const personScope = { jurisdiction: 'people.jurisdiction_code', person: 'people.id' };

export async function getPersonRow(executor: Executor, scope: Scope, id: string): Promise<PersonRow | undefined> {
  return executor.selectFrom('people').selectAll().where('id', '=', id).where(scopeCondition(scope, personScope)).executeTakeFirst();
}

/** The unique key of people: a document registered once is never registered again. */
export const PERSON_DOCUMENT_KEY = ['document_type', 'document_number_hash'];

/** Inserts people inside a transaction; a document already registered is skipped. Returns the ids actually inserted. */
export function insertPeople(trx: Transaction<Schema>, database: Database, rows: (Insertable<PersonTable> & { id: string })[]): Promise<string[]> {
  return insertSkippingConflicts(trx, database, 'people', rows, PERSON_DOCUMENT_KEY);
}

/** The document hashes (as type:hash) already registered anywhere: duplicates are detected across scopes. */
export async function findRegisteredDocuments(executor: Executor, keys: { type: string; hash: string }[]): Promise<Set<string>> {
  return new Set((await findPersonIdsByDocument(executor, keys)).keys());
}

export interface PeopleSearch {
  underPath?: string | undefined;
  text?: string | undefined;
  householdId?: string | undefined;
  documentHash?: { type: string; hash: string } | undefined;
  phoneHash?: string | undefined;
  sex?: string | undefined;
  priorityGroup?: PriorityGroupFilter | undefined;
  afterId?: string | undefined;
  /** Ordered by this instead of id; `after` is then the keyset position. */
  order?: SortOrder | undefined;
  after?: SortPosition | undefined;
  limit: number;
}

/** A priority group as stored, or implied by a birth date within bounds (see derivedGroupBirthBounds). */
export interface PriorityGroupFilter {
  group: string;
  bornOnOrBefore?: string | undefined;
  bornAfter?: string | undefined;
}

type PeopleFilters = Omit<PeopleSearch, 'limit' | 'afterId' | 'order' | 'after'>;

function priorityGroupCondition(filter: PriorityGroupFilter): Expression<SqlBool> {
  // The stored list is JSON text: a group appears in it as "name", quotes included.
  const stored = containsText('people.priority_groups', `"${filter.group}"`);
  if (filter.bornOnOrBefore) return sql<SqlBool>`(${stored} or people.birth_date <= ${filter.bornOnOrBefore})`;
  if (filter.bornAfter) return sql<SqlBool>`(${stored} or people.birth_date > ${filter.bornAfter})`;
  return stored;
}

function filteredPeople(executor: Executor, scope: Scope, search: PeopleFilters) {
  let query = executor.selectFrom('people').where(scopeCondition(scope, personScope));
  if (search.underPath) query = query.where(subtreeCondition(search.underPath, 'people.jurisdiction_code'));
  if (search.text) query = query.where(containsText('people.name', search.text));
  if (search.householdId) query = query.where('household_id', '=', search.householdId);
  if (search.documentHash) {
    query = query.where('document_type', '=', search.documentHash.type).where('document_number_hash', '=', search.documentHash.hash);
  }
  if (search.phoneHash) query = query.where('phone_hash', '=', search.phoneHash);
  if (search.sex) query = query.where('sex', '=', search.sex);
  if (search.priorityGroup) query = query.where(priorityGroupCondition(search.priorityGroup));
  return query;
}

export async function searchPeople(executor: Executor, scope: Scope, search: PeopleSearch): Promise<PersonRow[]> {
  let query = filteredPeople(executor, scope, search).selectAll().limit(search.limit + 1);
  if (search.order) {
    const direction = search.order.descending ? 'desc' : 'asc';
    query = query.orderBy(sortExpression(search.order), direction).orderBy('id', direction);
    if (search.after) query = query.where(afterPosition(search.order, 'people.id', search.after));
    return query.execute();
  }
  query = query.orderBy('id');
  if (search.afterId) query = query.where('id', '>', search.afterId);
  return query.execute();
}

export async function countPeople(executor: Executor, scope: Scope, search: PeopleFilters): Promise<number> {
  const row = await filteredPeople(executor, scope, search)
    .select((select) => select.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function updatePersonRow(executor: Executor, id: string, expectedVersion: number, changes: Partial<Insertable<PersonTable>>): Promise<boolean> {
  const result = await executor
    .updateTable('people')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Person ids by document key (type and keyed hash), anywhere: for other modules that identify people by document. */
export async function findPersonIdsByDocument(executor: Executor, keys: { type: string; hash: string }[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const hashesByType = new Map<string, string[]>();
  for (const key of keys) {
    const hashes = hashesByType.get(key.type);
    if (hashes) hashes.push(key.hash);
    else hashesByType.set(key.type, [key.hash]);
  }
  for (const [type, hashes] of hashesByType) {
    // Both columns of the unique index are constrained, so that each probe is an index lookup.
    const rows = await readInChunks(hashes, (chunk) =>
      executor.selectFrom('people').select(['id', 'document_number_hash']).where('document_type', '=', type).where('document_number_hash', 'in', chunk).execute(),
    );
    for (const row of rows) found.set(`${type}:${row.document_number_hash}`, row.id);
  }
  return found;
}

/** Which of these person ids exist, anywhere. */
export async function findExistingPersonIds(executor: Executor, ids: string[]): Promise<Set<string>> {
  const rows = await readInChunks(ids, (chunk) => executor.selectFrom('people').select('id').where('id', 'in', chunk).execute());
  return new Set(rows.map((row) => row.id));
}
