import { sql, type Insertable, type Selectable } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition, subtreeCondition } from '../platform/auth/scope.ts';
import type { Executor } from '../platform/db/executor.ts';
import type { BulletinTable } from '../platform/db/schema.ts';
import type { Bulletin, Figures } from './model.ts';

export type BulletinRow = Selectable<BulletinTable>;
export type NamedBulletinRow = BulletinRow & { jurisdiction_name: string };

const bulletinScope = { jurisdiction: 'bulletins.jurisdiction_code', person: null };

export function toFigures(row: BulletinRow): Figures {
  return {
    newConfirmed: row.new_confirmed,
    newAsymptomatic: row.new_asymptomatic,
    newRecovered: row.new_recovered,
    underObservation: row.under_observation,
    testsReported: row.tests_reported,
  };
}

export function toBulletin(row: BulletinRow): Bulletin {
  return {
    id: row.id,
    jurisdictionCode: row.jurisdiction_code,
    date: row.date,
    figures: toFigures(row),
    note: row.note,
    version: row.version,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
  };
}

/** The highest version published for a jurisdiction and date, 0 when none. */
export async function findLastVersion(executor: Executor, jurisdictionCode: string, date: string): Promise<number> {
  const row = await executor
    .selectFrom('bulletins')
    .select((select) => select.fn.max('version').as('version'))
    .where('jurisdiction_code', '=', jurisdictionCode)
    .where('date', '=', date)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

/** Inserts a publication; false when its version was taken meanwhile by another publisher. */
export async function insertBulletin(executor: Executor, row: Insertable<BulletinTable>): Promise<boolean> {
  const result = await executor
    .insertInto('bulletins')
    .values(row)
    .onConflict((conflict) => conflict.columns(['jurisdiction_code', 'date', 'version']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export interface BulletinSearch {
  underPath?: string | undefined;
  jurisdictionCode?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function filteredBulletins(executor: Executor, scope: Scope, search: BulletinSearch) {
  let query = executor.selectFrom('bulletins').where(scopeCondition(scope, bulletinScope));
  if (search.underPath) query = query.where(subtreeCondition(search.underPath, 'bulletins.jurisdiction_code'));
  if (search.jurisdictionCode) query = query.where('bulletins.jurisdiction_code', '=', search.jurisdictionCode);
  if (search.from) query = query.where('bulletins.date', '>=', search.from);
  if (search.to) query = query.where('bulletins.date', '<=', search.to);
  return query;
}

/** Every version within the scope, newest publication first (ids are time-ordered). */
export async function searchBulletins(executor: Executor, scope: Scope, search: BulletinSearch & { beforeId?: string | undefined; limit: number }): Promise<BulletinRow[]> {
  let query = filteredBulletins(executor, scope, search).selectAll().orderBy('id', 'desc').limit(search.limit + 1);
  if (search.beforeId) query = query.where('id', '<', search.beforeId);
  return query.execute();
}

/** The version in force for each jurisdiction and date (the highest), with the jurisdiction's name; by jurisdiction, then date. */
export async function findLatestBulletins(executor: Executor, scope: Scope, search: BulletinSearch): Promise<NamedBulletinRow[]> {
  return filteredBulletins(executor, scope, search)
    .innerJoin('jurisdictions', 'jurisdictions.code', 'bulletins.jurisdiction_code')
    .selectAll('bulletins')
    .select('jurisdictions.name as jurisdiction_name')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('bulletins as newer')
            .select(sql.lit(1).as('one'))
            .whereRef('newer.jurisdiction_code', '=', 'bulletins.jurisdiction_code')
            .whereRef('newer.date', '=', 'bulletins.date')
            .whereRef('newer.version', '>', 'bulletins.version'),
        ),
      ),
    )
    .orderBy('bulletins.jurisdiction_code')
    .orderBy('bulletins.date')
    .execute();
}

/** The jurisdictions that have published, with their name and when they last did; by code. */
export async function findPublishers(executor: Executor, scope: Scope): Promise<{ code: string; name: string; level: string; last_published_at: string }[]> {
  const rows = await executor
    .selectFrom('bulletins')
    .innerJoin('jurisdictions', 'jurisdictions.code', 'bulletins.jurisdiction_code')
    .where(scopeCondition(scope, bulletinScope))
    .select(['jurisdictions.code', 'jurisdictions.name', 'jurisdictions.level'])
    .select((select) => select.fn.max('bulletins.published_at').as('last_published_at'))
    .groupBy(['jurisdictions.code', 'jurisdictions.name', 'jurisdictions.level'])
    .orderBy('jurisdictions.code')
    .execute();
  return rows.map((row) => ({ ...row, last_published_at: String(row.last_published_at) }));
}
