import { sql } from 'kysely';
import type { DialectName } from '../platform/db/database.ts';
import type { Executor } from '../platform/db/executor.ts';

/** The counties whose venues have check-ins; each has its own retention. */
export async function findCheckinCounties(executor: Executor): Promise<string[]> {
  const rows = await executor.selectFrom('checkin_venues').select('county_code').distinct().orderBy('county_code').execute();
  return rows.map((row) => row.county_code);
}

/** The keys of a county's venues, in order. */
export async function findVenueKeysOfCounty(executor: Executor, countyCode: string): Promise<number[]> {
  const rows = await executor.selectFrom('checkin_venues').select('key').where('county_code', '=', countyCode).orderBy('key').execute();
  return rows.map((row) => Number(row.key));
}

/**
 * Deletes at most `limit` check-ins of these venues that entered before the cutoff (epoch seconds) and
 * returns how many. The rows are found along the venue index, so that no index on county or time alone
 * is needed for the purge.
 */
export async function deleteExpiredCheckins(executor: Executor, dialect: DialectName, venueKeys: number[], cutoff: number, limit: number): Promise<number> {
  const result =
    dialect === 'sqlite'
      ? await sql`delete from checkins where rowid in (select rowid from checkins where venue_key in (${sql.join(venueKeys)}) and entered_at < ${cutoff} limit ${limit})`.execute(executor)
      : await sql`delete from checkins where (person_key, entered_at, venue_key) in
          (select person_key, entered_at, venue_key from checkins where venue_key = any(${venueKeys}::bigint[]) and entered_at < ${cutoff} limit ${limit})`.execute(executor);
  return Number(result.numAffectedRows ?? 0);
}

/** Deletes at most `limit` fever flags of a county's check-ins that entered before the cutoff; returns how many. */
export async function deleteExpiredFeverFlags(executor: Executor, countyCode: string, cutoff: number, limit: number): Promise<number> {
  const expired = executor.selectFrom('fever_flags').select('id').where('county_code', '=', countyCode).where('entered_at', '<', cutoff).limit(limit);
  const result = await executor.deleteFrom('fever_flags').where('id', 'in', expired).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Looks at the next `limit` person keys after `afterKey` and deletes those no check-in refers to any
 * more. Returns the last key looked at (undefined when there were none) and how many were deleted.
 */
export async function deleteUnreferencedPeople(executor: Executor, afterKey: number, limit: number): Promise<{ lastKey: number | undefined; deleted: number }> {
  const keys = (await executor.selectFrom('checkin_people').select('key').where('key', '>', afterKey).orderBy('key').limit(limit).execute()).map((row) => Number(row.key));
  if (keys.length === 0) return { lastKey: undefined, deleted: 0 };
  const result = await executor
    .deleteFrom('checkin_people')
    .where('key', 'in', keys)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('checkins').select(sql.lit(1).as('one')).whereRef('checkins.person_key', '=', 'checkin_people.key'))))
    .executeTakeFirst();
  return { lastKey: keys[keys.length - 1], deleted: Number(result.numDeletedRows) };
}
