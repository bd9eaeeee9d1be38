import { sql } from 'kysely';
import type { FeverFlagRow } from '../checkins/fever-store.ts';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition } from '../platform/auth/scope.ts';
import { toCount, type Executor } from '../platform/db/executor.ts';
import { SECONDS_PER_QUARTER_HOUR, type QuarterHourCount } from './ledger.ts';

/**
 * What the check-ins and fever flags of a venue's day add to its ledger. Only counts leave the check-in
 * table, never a person; flags do name people, and their reads are audited by the caller.
 */

/** Staff see a venue's check-ins and flags in their subtree; the ledger is never a citizen's to read. */
const checkinScope = { jurisdiction: 'checkins.jurisdiction_code', person: null };
const flagScope = { jurisdiction: 'fever_flags.jurisdiction_code', person: null };

export interface VenueDaySearch {
  /** The venue's compact key in check-ins. */
  venueKey: number;
  /** The venue's jurisdiction: check-ins it left under another one (before it moved) belong to that one's ledger. */
  jurisdictionCode: string;
  /** Entry times within [from, to), epoch seconds. */
  from: number;
  to: number;
  /** A reading at or above this, in tenths of a degree, is a fever. */
  feverTenths: number;
}

/**
 * A venue's check-ins of a window by quarter hour of entry: one range of the index (venue_key, entered_at,
 * person_key), and one partition on PostgreSQL when the window is a day.
 */
export async function countCheckinsByQuarterHour(executor: Executor, scope: Scope, search: VenueDaySearch): Promise<QuarterHourCount[]> {
  const quarter = sql<number>`${sql.ref('checkins.entered_at')} / ${sql.lit(SECONDS_PER_QUARTER_HOUR)}`;
  const rows = await executor
    .selectFrom('checkins')
    .select((select) => [
      quarter.as('quarter'),
      select.fn.countAll<number>().as('total'),
      select.fn.count<number>('checkins.exited_at').as('with_exit'),
      sql<number>`sum(case when ${sql.ref('checkins.temperature')} >= ${search.feverTenths} then 1 else 0 end)`.as('fever_readings'),
    ])
    .where('checkins.venue_key', '=', search.venueKey)
    .where('checkins.entered_at', '>=', search.from)
    .where('checkins.entered_at', '<', search.to)
    .where('checkins.jurisdiction_code', '=', search.jurisdictionCode)
    .where(scopeCondition(scope, checkinScope))
    .groupBy(quarter)
    .execute();
  return rows.map((row) => ({ quarter: toCount(row.quarter), total: toCount(row.total), withExit: toCount(row.with_exit), feverReadings: toCount(row.fever_readings) }));
}

/** The fever flags raised at a venue for entries within [from, to) (epoch seconds), within the scope, oldest entry first. */
export async function findFeverFlagsOfVenue(executor: Executor, scope: Scope, search: Omit<VenueDaySearch, 'venueKey' | 'feverTenths'> & { venueId: string }): Promise<FeverFlagRow[]> {
  return executor
    .selectFrom('fever_flags')
    .selectAll()
    .where('venue_id', '=', search.venueId)
    .where('jurisdiction_code', '=', search.jurisdictionCode)
    .where('entered_at', '>=', search.from)
    .where('entered_at', '<', search.to)
    .where(scopeCondition(scope, flagScope))
    .orderBy('entered_at')
    .orderBy('id')
    .execute();
}
