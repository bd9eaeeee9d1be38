import type { Executor } from '../platform/db/executor.ts';
import { readInChunks } from '../platform/db/in-chunks.ts';

/** A person as tracing needs them: where they live, work or study, and which jurisdiction they belong to. */
export interface LinkedPerson {
  id: string;
  jurisdictionCode: string;
  countyCode: string | null;
  householdId: string | null;
  affiliationId: string | null;
  affiliationGroup: string | null;
}

function linkedPeople(executor: Executor) {
  return executor
    .selectFrom('people')
    .select(['id', 'jurisdiction_code as jurisdictionCode', 'county_code as countyCode', 'household_id as householdId', 'affiliation_id as affiliationId', 'affiliation_group as affiliationGroup']);
}

/** People by id, whatever the scope: tracing follows a case across jurisdictions, and its results are scoped where they are read. */
export async function findLinkedPeople(executor: Executor, ids: readonly string[]): Promise<Map<string, LinkedPerson>> {
  const rows = await readInChunks(ids, (chunk) => linkedPeople(executor).where('id', 'in', chunk).execute());
  return new Map(rows.map((row) => [row.id, row]));
}

/** Everyone registered in a household. */
export async function findHouseholdMembers(executor: Executor, householdId: string): Promise<LinkedPerson[]> {
  return linkedPeople(executor).where('household_id', '=', householdId).execute();
}

/** Everyone affiliated with a workplace or school, in one group of it when a group is given. */
export async function findAffiliates(executor: Executor, affiliationId: string, group: string | null): Promise<LinkedPerson[]> {
  const query = linkedPeople(executor).where('affiliation_id', '=', affiliationId);
  return (group === null ? query : query.where('affiliation_group', '=', group)).execute();
}

/** The venue type of a place, when it is a venue. */
export async function findVenueType(executor: Executor, placeId: string): Promise<string | null> {
  return (await executor.selectFrom('places').select('venue_type').where('id', '=', placeId).executeTakeFirst())?.venue_type ?? null;
}
