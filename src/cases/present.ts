import { findJurisdictionRows } from '../jurisdictions/store.ts';
import type { ProtocolDocument } from '../protocol/model.ts';
import { protocolInForce } from '../protocol/service.ts';
import type { Platform } from '../platform/context.ts';
import { localDate } from '../platform/time.ts';
import { caseIntervals, infectiousWindow, type CaseTimeline } from './intervals.ts';
import type { Case } from './model.ts';
import type { CaseRow, NamedCaseRow } from './store.ts';

/** The time zone and protocol a case is judged by: its jurisdiction's, as in force on the local day it was reported. */
export interface CaseContext {
  timeZone: string;
  protocol: ProtocolDocument;
}

/** The context of each case, asking once per jurisdiction and report date. */
export async function caseContexts(platform: Platform, rows: readonly CaseRow[]): Promise<Map<string, CaseContext>> {
  const jurisdictions = await findJurisdictionRows(platform.database.db, [...new Set(rows.map((row) => row.jurisdiction_code))]);
  const protocols = new Map<string, Promise<ProtocolDocument>>();
  const contexts = new Map<string, CaseContext>();
  for (const row of rows) {
    const timeZone = jurisdictions.get(row.jurisdiction_code)?.time_zone ?? 'UTC';
    const date = localDate(new Date(row.reported_at), timeZone);
    const key = `${row.jurisdiction_code}@${date}`;
    if (!protocols.has(key)) protocols.set(key, protocolInForce(platform, row.jurisdiction_code, date));
    contexts.set(row.id, { timeZone, protocol: await protocols.get(key)! });
  }
  return contexts;
}

/** The timeline of a stored case. */
export function timelineOf(row: CaseRow): CaseTimeline {
  return { onsetDate: row.onset_date, sampledDate: row.sampled_date, detectedAt: row.detected_at, reportedAt: row.reported_at, isolatedAt: row.isolated_at, treatedAt: row.treated_at };
}

/** A stored case as the API shows it, with its intervals and infectious window. */
export function presentCase(row: NamedCaseRow, context: CaseContext): Case {
  const timeline = timelineOf(row);
  const window = infectiousWindow(timeline, context.protocol.tracing.infectiousLookbackDays.value, context.timeZone);
  return {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    jurisdictionCode: row.jurisdiction_code,
    classification: row.classification as Case['classification'],
    basis: row.basis as Case['basis'],
    status: row.status as Case['status'],
    onsetDate: row.onset_date,
    sampledDate: row.sampled_date,
    symptoms: JSON.parse(row.symptoms) as string[],
    travelHistory: JSON.parse(row.travel_history) as Case['travelHistory'],
    placesVisited: JSON.parse(row.places_visited) as Case['placesVisited'],
    detectedAt: row.detected_at,
    reportedAt: row.reported_at,
    isolatedAt: row.isolated_at,
    treatedAt: row.treated_at,
    intervals: caseIntervals(timeline, context.timeZone, context.protocol.cases.reportWithinHours.value),
    infectiousFrom: window.from.toISOString(),
    infectiousUntil: window.until?.toISOString() ?? null,
    reportedBy: row.reported_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** Stored cases as the API shows them, in the order given. */
export async function presentCases(platform: Platform, rows: readonly NamedCaseRow[]): Promise<Case[]> {
  const contexts = await caseContexts(platform, rows);
  return rows.map((row) => presentCase(row, contexts.get(row.id)!));
}
