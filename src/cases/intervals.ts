import { addDays, localDate, localDayStart } from '../platform/time.ts';
import type { CaseIntervals } from './model.ts';

/** The dates and instants of one case that the four earlies are measured between. */
export interface CaseTimeline {
  onsetDate: string | null;
  sampledDate: string | null;
  detectedAt: string;
  reportedAt: string;
  isolatedAt: string | null;
  treatedAt: string | null;
}

const HOUR = 3_600_000;

/** Whole days from one date to another (negative when the second is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (24 * HOUR));
}

const hoursBetween = (from: string, to: string) => Math.round(((Date.parse(to) - Date.parse(from)) / HOUR) * 10) / 10;

/**
 * The intervals of the four earlies for one case. Onset is a date, so intervals from onset are counted in
 * local days; the others are hours between instants, to a tenth. A detection before onset (a presymptomatic
 * case found by testing) gives a negative onset-to-detection interval, which is the truth.
 */
export function caseIntervals(timeline: CaseTimeline, timeZone: string, reportWithinHours: number): CaseIntervals {
  const { onsetDate, detectedAt, reportedAt, isolatedAt, treatedAt } = timeline;
  const detectionToReportHours = hoursBetween(detectedAt, reportedAt);
  return {
    onsetToDetectionDays: onsetDate ? daysBetween(onsetDate, localDate(new Date(detectedAt), timeZone)) : null,
    detectionToReportHours,
    detectionToIsolationHours: isolatedAt ? hoursBetween(detectedAt, isolatedAt) : null,
    detectionToTreatmentHours: treatedAt ? hoursBetween(detectedAt, treatedAt) : null,
    onsetToIsolationDays: onsetDate && isolatedAt ? daysBetween(onsetDate, localDate(new Date(isolatedAt), timeZone)) : null,
    reportedInTime: detectionToReportHours <= reportWithinHours,
  };
}

/**
 * When a case counts as infectious for tracing: from the protocol's lookback before onset (before sampling
 * for an infection without onset), at the start of that local day, until isolation (open while not isolated).
 * Protocol: 9th edition, 密切接触者判定 (4 days); WHO contact tracing guidance, 2021 (2 days).
 */
export function infectiousWindow(timeline: Pick<CaseTimeline, 'onsetDate' | 'sampledDate' | 'detectedAt' | 'isolatedAt'>, lookbackDays: number, timeZone: string): { from: Date; until: Date | null } {
  const anchor = timeline.onsetDate ?? timeline.sampledDate ?? localDate(new Date(timeline.detectedAt), timeZone);
  return { from: localDayStart(addDays(anchor, -lookbackDays), timeZone), until: timeline.isolatedAt ? new Date(timeline.isolatedAt) : null };
}

export interface IntervalSummary {
  count: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
}

/** The p-th quantile by linear interpolation between order statistics (Hyndman & Fan 1996, type 7; R's default). */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/** Count, median, 90th percentile and mean of the known values of one interval. */
export function summarizeInterval(values: readonly (number | null)[]): IntervalSummary {
  const known = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (known.length === 0) return { count: 0, median: null, p90: null, mean: null };
  const mean = known.reduce((sum, value) => sum + value, 0) / known.length;
  return { count: known.length, median: tenth(quantile(known, 0.5)), p90: tenth(quantile(known, 0.9)), mean: tenth(mean) };
}
