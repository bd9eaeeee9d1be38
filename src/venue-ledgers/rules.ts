import { retentionCutoff } from '../checkins/rules.ts';
import type { FieldIssue } from '../platform/errors.ts';
import { localDate } from '../platform/time.ts';

/** The days a ledger covers at a venue, as of now: from the oldest day check-ins are still kept for, to today. */
export interface LedgerDays {
  timeZone: string;
  /** Today in the venue jurisdiction's time zone. */
  today: string;
  /** The local day of the check-in retention cutoff: older days have lost their check-ins to the purge. */
  earliest: string;
  retentionDays: number;
  /** The latest instant a check may carry: now, plus the drift a device's clock is allowed. */
  latest: Date;
}

/** The days a ledger covers, from the check-in rules in force at the venue (retention, clock tolerance). */
export function ledgerDaysOf(rules: { retentionDays: number; futureToleranceSeconds: number }, now: Date, timeZone: string): LedgerDays {
  // The purge's own cutoff, so that the ledger and the purge never disagree on which days are kept.
  const cutoff = new Date(retentionCutoff(rules, Math.floor(now.getTime() / 1000)) * 1000);
  return {
    timeZone,
    today: localDate(now, timeZone),
    earliest: localDate(cutoff, timeZone),
    retentionDays: rules.retentionDays,
    latest: new Date(now.getTime() + rules.futureToleranceSeconds * 1000),
  };
}

/**
 * Whether a ledger day lies within what the ledger covers: not in the future where the venue is (a check
 * cannot be recorded ahead), and not older than the check-in retention, whose check-ins are gone.
 */
export function validateLedgerDate(date: string, days: LedgerDays): FieldIssue[] {
  if (date > days.today) return [{ field: 'date', problem: `is in the future: today is ${days.today} in ${days.timeZone}` }];
  if (date < days.earliest) return [{ field: 'date', problem: `is older than the check-in retention of ${days.retentionDays} days (the oldest day is ${days.earliest})` }];
  return [];
}

/**
 * Checks the day and time of a compliance check: the day as for any ledger read, and the time of the check
 * not in the future and on that day in the venue's time zone, so that a day's checks are the ones made on
 * it. A check entered late for a past day must say when it was made.
 */
export function validateComplianceCheck(check: { date: string; checkedAt: Date; checkedAtGiven: boolean }, days: LedgerDays): FieldIssue[] {
  const issues = validateLedgerDate(check.date, days);
  if (check.checkedAt > days.latest) issues.push({ field: 'checkedAt', problem: 'is in the future' });
  else if (issues.length === 0 && localDate(check.checkedAt, days.timeZone) !== check.date) {
    issues.push({
      field: 'checkedAt',
      problem: check.checkedAtGiven ? `does not fall on ${check.date} in ${days.timeZone}` : `is required for a past day: it defaults to now, which is not on ${check.date} in ${days.timeZone}`,
    });
  }
  return issues;
}
