import type { Selectable } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition } from '../platform/auth/scope.ts';
import type { Executor } from '../platform/db/executor.ts';
import { containsText, startsWithText } from '../platform/db/text-match.ts';
import type { JurisdictionTable } from '../platform/db/schema.ts';
import type { Jurisdiction } from './model.ts';
import { subtreeRange } from './tree.ts';
import { readInChunks } from '../platform/db/in-chunks.ts';

export type JurisdictionRow = Selectable<JurisdictionTable>;

export function toJurisdiction(row: JurisdictionRow): Jurisdiction {
  return {
    code: row.code,
    name: row.name,
    parentCode: row.parent_code,
    level: row.level,
    depth: row.depth,
    countyCode: row.county_code,
    timeZone: row.time_zone,
  };
}

const INSERT_CHUNK = 400;

/** Inserts rows (parents first); codes already stored are left as they are. Returns how many were new. */
export async function insertJurisdictions(executor: Executor, rows: JurisdictionRow[]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const chunk = rows.slice(start, start + INSERT_CHUNK);
    const result = await executor
      .insertInto('jurisdictions')
      .values(chunk)
      .onConflict((conflict) => conflict.column('code').doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/** Stored rows for the given codes, whatever the scope: used to link imports to their parents. */
export async function findJurisdictionRows(executor: Executor, codes: string[]): Promise<Map<string, JurisdictionRow>> {
  const rows = await readInChunks(codes, (chunk) => executor.selectFrom('jurisdictions').selectAll().where('code', 'in', chunk).execute());
  return new Map(rows.map((row) => [row.code, row]));
}

export async function getJurisdictionRow(executor: Executor, code: string): Promise<JurisdictionRow | undefined> {
  return executor.selectFrom('jurisdictions').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The jurisdiction if the scope may see it: inside its subtree, or above it (a breadcrumb). */
export async function getVisibleJurisdiction(executor: Executor, scope: Scope, code: string): Promise<JurisdictionRow | undefined> {
  const row = await getJurisdictionRow(executor, code);
  if (!row) return undefined;
  if (scope.kind === 'system') return row;
  if (scope.kind === 'person') return undefined;
  return row.path.startsWith(scope.rootPath) || scope.rootPath.startsWith(row.path) ? row : undefined;
}

export interface JurisdictionSearch {
  /** Only within this jurisdiction's subtree (already checked to be visible). */
  underPath?: string | undefined;
  parentCode?: string | undefined;
  /** Only the top level: jurisdictions without a parent. */
  roots?: boolean | undefined;
  /** Name contains, or code starts with. */
  text?: string | undefined;
  level?: string | undefined;
  afterCode?: string | undefined;
  limit: number;
}

export async function searchJurisdictions(executor: Executor, scope: Scope, search: JurisdictionSearch): Promise<JurisdictionRow[]> {
  let query = executor
    .selectFrom('jurisdictions')
    .selectAll()
    .where(scopeCondition(scope, { jurisdiction: 'jurisdictions.code', person: null }))
    .orderBy('code')
    .limit(search.limit + 1);
  if (search.underPath) {
    const { from, to } = subtreeRange(search.underPath);
    query = query.where('path', '>=', from).where('path', '<', to);
  }
  if (search.parentCode) query = query.where('parent_code', '=', search.parentCode);
  if (search.roots) query = query.where('parent_code', 'is', null);
  if (search.level) query = query.where('level', '=', search.level);
  if (search.afterCode) query = query.where('code', '>', search.afterCode);
  if (search.text) {
    const text = search.text;
    query = query.where((where) => where.or([containsText('jurisdictions.name', text), startsWithText('jurisdictions.code', text)]));
  }
  return query.execute();
}

export async function countJurisdictions(executor: Executor): Promise<number> {
  const row = await executor.selectFrom('jurisdictions').select((select) => select.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}
