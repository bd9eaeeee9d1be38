import type { Insertable, Selectable } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition } from '../platform/auth/scope.ts';
import type { Executor } from '../platform/db/executor.ts';
import { afterPosition, sortExpression, type SortOrder } from '../platform/db/keyset.ts';
import type { VenueComplianceRecordTable } from '../platform/db/schema.ts';
import type { SortPosition } from '../platform/pagination.ts';
import type { ComplianceOutcome, ComplianceRecord } from './model.ts';

export type ComplianceRecordRow = Selectable<VenueComplianceRecordTable>;

const recordScope = { jurisdiction: 'venue_compliance_records.jurisdiction_code', person: null };

/** A venue's history, newest check first. */
export const NEWEST_CHECK_FIRST: SortOrder = { column: 'venue_compliance_records.checked_at', descending: true, nullable: false };

/** The API's view of a stored record. */
export function toComplianceRecord(row: ComplianceRecordRow): ComplianceRecord {
  const measure = (outcome: string, note: string | null) => ({ outcome: outcome as ComplianceOutcome, note });
  return {
    id: row.id,
    venueId: row.venue_id,
    jurisdictionCode: row.jurisdiction_code,
    date: row.local_date,
    checkedAt: row.checked_at,
    measures: {
      masks: measure(row.masks_outcome, row.masks_note),
      ventilation: measure(row.ventilation_outcome, row.ventilation_note),
      disinfection: measure(row.disinfection_outcome, row.disinfection_note),
      distancing: measure(row.distancing_outcome, row.distancing_note),
    },
    note: row.note,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}

/** Stores a newly recorded check. */
export async function insertComplianceRecord(executor: Executor, row: Insertable<VenueComplianceRecordTable>): Promise<void> {
  await executor.insertInto('venue_compliance_records').values(row).execute();
}

/** One record within the scope. */
export async function getComplianceRecordRow(executor: Executor, scope: Scope, id: string): Promise<ComplianceRecordRow | undefined> {
  return executor.selectFrom('venue_compliance_records').selectAll().where('id', '=', id).where(scopeCondition(scope, recordScope)).executeTakeFirst();
}

/** A venue's records of one local day within the scope, oldest check first. */
export async function findComplianceRecordsOfDay(executor: Executor, scope: Scope, venueId: string, date: string): Promise<ComplianceRecordRow[]> {
  return executor
    .selectFrom('venue_compliance_records')
    .selectAll()
    .where('venue_id', '=', venueId)
    .where('local_date', '=', date)
    .where(scopeCondition(scope, recordScope))
    .orderBy('checked_at')
    .orderBy('id')
    .execute();
}

export interface ComplianceRecordSearch {
  venueId: string;
  /** Local days within [from, to], both included. */
  from?: string | undefined;
  to?: string | undefined;
  after?: SortPosition | undefined;
  limit: number;
}

/** A venue's records within the scope, newest check first, a page after a keyset position. */
export async function searchComplianceRecords(executor: Executor, scope: Scope, search: ComplianceRecordSearch): Promise<ComplianceRecordRow[]> {
  let query = executor
    .selectFrom('venue_compliance_records')
    .selectAll()
    .where('venue_id', '=', search.venueId)
    .where(scopeCondition(scope, recordScope))
    .orderBy(sortExpression(NEWEST_CHECK_FIRST), 'desc')
    .orderBy('id', 'desc')
    .limit(search.limit + 1);
  if (search.from) query = query.where('local_date', '>=', search.from);
  if (search.to) query = query.where('local_date', '<=', search.to);
  if (search.after) query = query.where(afterPosition(NEWEST_CHECK_FIRST, 'venue_compliance_records.id', search.after));
  return query.execute();
}
