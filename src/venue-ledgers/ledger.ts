import { SECONDS_PER_QUARTER_HOUR, type QuarterHourCount } from '../checkins/venue-day.ts';
import { complianceMeasures, type CheckinDay, type ComplianceRecord, type ComplianceSummary } from './model.ts';

const hourFormats = new Map<string, Intl.DateTimeFormat>();

/** The local hour (0 to 23) of an instant in an IANA time zone. */
export function localHour(instant: Date, timeZone: string): number {
  let format = hourFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric' });
    hourFormats.set(timeZone, format);
  }
  return Number(format.formatToParts(instant).find((part) => part.type === 'hour')!.value);
}

/**
 * A day's check-ins from its quarter-hour counts: the totals, and the entries by local hour. On the day
 * clocks go back, the repeated hour holds both of its passes; on the day they go forward, the skipped
 * hour holds none.
 */
export function summarizeCheckinDay(quarters: QuarterHourCount[], timeZone: string): CheckinDay {
  const day: CheckinDay = { total: 0, withExit: 0, feverReadings: 0, byHour: Array.from({ length: 24 }, () => 0) };
  for (const quarter of quarters) {
    day.total += quarter.total;
    day.withExit += quarter.withExit;
    day.feverReadings += quarter.feverReadings;
    day.byHour[localHour(new Date(quarter.quarter * SECONDS_PER_QUARTER_HOUR * 1000), timeZone)]! += quarter.total;
  }
  return day;
}

/** Whether a record's check came after another's; the id breaks ties in the order recorded. */
function isLater(record: ComplianceRecord, than: ComplianceRecord): boolean {
  return record.checkedAt > than.checkedAt || (record.checkedAt === than.checkedAt && record.id > than.id);
}

/**
 * Where a venue stands on each measure after a day's checks: the outcome of the latest check, so that an
 * evening round that finds a fault put right in the morning shows it. Null for a day with no check.
 */
export function summarizeCompliance(records: ComplianceRecord[]): ComplianceSummary {
  let latest: ComplianceRecord | undefined;
  for (const record of records) if (latest === undefined || isLater(record, latest)) latest = record;
  return Object.fromEntries(complianceMeasures.map((measure) => [measure, latest?.measures[measure].outcome ?? null])) as ComplianceSummary;
}
