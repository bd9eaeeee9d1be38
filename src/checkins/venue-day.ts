import { sql } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition } from '../platform/auth/scope.ts';
import { toCount, type Executor } from '../platform/db/executor.ts';

/**
 * How many check-ins a venue had, by quarter hour of entry: what a venue's ledger shows of them. Only counts
 * leave the check-in table here, never a person. Every UTC offset in use is a whole number of quarter hours
 * (+05:45 and +08:45 included; IANA tz database), so the entries of one quarter hour always share one local
 * hour, on days of a daylight-saving change too.
 */
export const SECONDS_PER_QUARTER_HOUR = 900;

/** One quarter hour's check-ins at a venue; `quarter` is the epoch seconds of its start over 900. */
export interface QuarterHourCount {
  quarter: number;
  total: number;
  withExit: number;
  feverReadings: number;
}

/** Staff see a venue's check-ins in their subtree; counts are never a citizen's to read. */
const checkinScope = { jurisdiction: 'checkins.jurisdiction_code', person: null };

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
