import { sql } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition, subtreeCondition } from '../platform/auth/scope.ts';
import type { Executor } from '../platform/db/executor.ts';
import { toCount } from '../platform/db/executor.ts';
import type { PopulationGroup } from './tally.ts';

/*
 * Aggregates of a subtree, each one GROUP BY over the rows the jurisdiction index finds, so that a county of
 * 100,000 people is a handful of scans rather than a read per person. Every query keeps the caller's scope.
 */

const personScope = { jurisdiction: 'people.jurisdiction_code', person: 'people.id' };
const placeScope = { jurisdiction: 'places.jurisdiction_code', person: null };

/**
 * People of a subtree grouped by sex, birth year, whether the birthday (MM-DD) has come by `monthDay`, and
 * stored priority groups: the age of each group is then known without reading people one by one.
 */
export async function countPopulationGroups(executor: Executor, scope: Scope, underPath: string, monthDay: string): Promise<PopulationGroup[]> {
  const birthYear = sql<string | null>`substr(people.birth_date, 1, 4)`;
  // A literal, not a parameter: PostgreSQL matches GROUP BY expressions to the select list only when identical.
  const hadBirthday = sql<number>`case when substr(people.birth_date, 6, 5) <= ${sql.lit(monthDay)} then 1 else 0 end`;
  const rows = await executor
    .selectFrom('people')
    .select(['people.sex', 'people.priority_groups'])
    .select([birthYear.as('birth_year'), hadBirthday.as('had_birthday'), (select) => select.fn.countAll<number>().as('count')])
    .where(scopeCondition(scope, personScope))
    .where(subtreeCondition(underPath, 'people.jurisdiction_code'))
    .groupBy(['people.sex', 'people.priority_groups', birthYear, hadBirthday])
    .execute();
  return rows.map((row) => ({
    sex: row.sex,
    birthYear: row.birth_year === null ? null : Number(row.birth_year),
    hadBirthday: Number(row.had_birthday) === 1,
    priorityGroups: row.priority_groups,
    count: toCount(row.count),
  }));
}

/** People of a subtree per jurisdiction code. */
export async function countPeopleByJurisdiction(executor: Executor, scope: Scope, underPath: string): Promise<Map<string, number>> {
  const rows = await executor
    .selectFrom('people')
    .select(['people.jurisdiction_code', (select) => select.fn.countAll<number>().as('count')])
    .where(scopeCondition(scope, personScope))
    .where(subtreeCondition(underPath, 'people.jurisdiction_code'))
    .groupBy('people.jurisdiction_code')
    .execute();
  return new Map(rows.map((row) => [row.jurisdiction_code, toCount(row.count)]));
}

/** Places of a subtree per jurisdiction code, kind and venue type. */
export async function countPlaces(executor: Executor, scope: Scope, underPath: string): Promise<{ jurisdictionCode: string; kind: string; venueType: string | null; count: number }[]> {
  const rows = await executor
    .selectFrom('places')
    .select(['places.jurisdiction_code', 'places.kind', 'places.venue_type', (select) => select.fn.countAll<number>().as('count')])
    .where(scopeCondition(scope, placeScope))
    .where(subtreeCondition(underPath, 'places.jurisdiction_code'))
    .groupBy(['places.jurisdiction_code', 'places.kind', 'places.venue_type'])
    .execute();
  return rows.map((row) => ({ jurisdictionCode: row.jurisdiction_code, kind: row.kind, venueType: row.venue_type, count: toCount(row.count) }));
}

/**
 * People of a subtree registered within each of consecutive periods, given as the instants that bound them
 * (n + 1 bounds for n periods): one scan, grouped by the period a CASE finds for each row.
 */
export async function countPeopleCreatedBetween(executor: Executor, scope: Scope, underPath: string, bounds: readonly string[]): Promise<number[]> {
  // Literals, not parameters, as in countPopulationGroups; the bounds are instants this code computed.
  const whens = bounds.slice(1).map((end, index) => sql`when people.created_at < ${sql.lit(end)} then ${sql.lit(index)}`);
  const period = sql<number>`case ${sql.join(whens, sql` `)} end`;
  const rows = await executor
    .selectFrom('people')
    .select([period.as('period'), (select) => select.fn.countAll<number>().as('count')])
    .where(scopeCondition(scope, personScope))
    .where(subtreeCondition(underPath, 'people.jurisdiction_code'))
    .where('people.created_at', '>=', bounds[0]!)
    .where('people.created_at', '<', bounds[bounds.length - 1]!)
    .groupBy(period)
    .execute();
  const counts = bounds.slice(1).map(() => 0);
  for (const row of rows) counts[Number(row.period)] = toCount(row.count);
  return counts;
}
