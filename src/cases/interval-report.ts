import { filterPathOf } from '../jurisdictions/service.ts';
import { getJurisdictionRow } from '../jurisdictions/store.ts';
import { requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { invalid } from '../platform/errors.ts';
import { addDays, localDate, localDayStart, toInstant } from '../platform/time.ts';
import { caseIntervals, summarizeInterval } from './intervals.ts';
import type { CaseIntervals, IntervalReport } from './model.ts';
import { caseContexts, timelineOf } from './present.ts';
import { searchCases, type NamedCaseRow } from './store.ts';

const PAGE = 1000;
/** Default period of the report: the last 30 days. */
const DEFAULT_DAYS = 30;

/**
 * The four earlies' intervals over the cases of a subtree reported in a period: count, median, 90th
 * percentile and mean of each, and the share reported in time. Aggregate figures only; the read is still
 * audited, with the number of cases it covered.
 */
export async function caseIntervalReport(platform: Platform, actor: Actor, query: { jurisdiction?: string | undefined; from?: string | undefined; to?: string | undefined }): Promise<IntervalReport> {
  await requirePermission(platform, actor, 'cases.read', 'cases.intervals');
  const code = query.jurisdiction ?? actor.jurisdictionCode;
  if (!code) throw invalid([{ field: 'jurisdiction', problem: 'is required for an account not bound to a jurisdiction' }]);
  const underPath = await filterPathOf(platform, actor, code);
  const timeZone = (await getJurisdictionRow(platform.database.db, code))!.time_zone;
  const to = query.to ?? localDate(platform.clock.now(), timeZone);
  const from = query.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (from > to) throw invalid([{ field: 'from', problem: 'must not be after to' }]);

  const rows: NamedCaseRow[] = [];
  let before: { reportedAt: string; id: string } | undefined;
  for (;;) {
    const page = await searchCases(platform.database.db, actor.scope, {
      underPath,
      reportedFrom: toInstant(localDayStart(from, timeZone)),
      reportedBefore: toInstant(localDayStart(addDays(to, 1), timeZone)),
      before,
      limit: PAGE,
    });
    rows.push(...page.slice(0, PAGE));
    if (page.length <= PAGE) break;
    const last = page[PAGE - 1]!;
    before = { reportedAt: last.reported_at, id: last.id };
  }
  const contexts = await caseContexts(platform, rows);
  const intervals = rows.map((row) => {
    const context = contexts.get(row.id)!;
    return caseIntervals(timelineOf(row), context.timeZone, context.protocol.cases.reportWithinHours.value);
  });
  const of = (field: Exclude<keyof CaseIntervals, 'reportedInTime'>) => summarizeInterval(intervals.map((item) => item[field]));
  const judged = intervals.filter((item) => item.reportedInTime !== null);
  const inTime = judged.filter((item) => item.reportedInTime).length;
  await platform.audit.record(platform.database.db, { actor, purpose: actor.purpose, operation: 'cases.intervals', outcome: 'allowed', personIds: [], detail: { jurisdiction: code, from, to, cases: rows.length } });
  return {
    jurisdictionCode: code,
    from,
    to,
    cases: rows.length,
    onsetToDetectionDays: of('onsetToDetectionDays'),
    detectionToReportHours: of('detectionToReportHours'),
    detectionToIsolationHours: of('detectionToIsolationHours'),
    detectionToTreatmentHours: of('detectionToTreatmentHours'),
    onsetToIsolationDays: of('onsetToIsolationDays'),
    reportedInTime: { count: inTime, share: judged.length === 0 ? null : Math.round((inTime / judged.length) * 1000) / 1000 },
  };
}
