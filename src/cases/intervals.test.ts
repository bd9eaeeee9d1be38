import { describe, expect, test } from 'vitest';
import { caseIntervals, infectiousWindow, quantile, summarizeInterval } from './intervals.ts';

describe('the four earlies', () => {
  test('intervals between onset, detection, report, isolation and treatment', () => {
    const intervals = caseIntervals(
      { onsetDate: '2026-11-20', sampledDate: '2026-11-22', detectedAt: '2026-11-22T02:00:00Z', reportedAt: '2026-11-22T03:30:00Z', isolatedAt: '2026-11-22T08:00:00Z', treatedAt: null },
      'Asia/Shanghai',
      2,
    );
    expect(intervals).toEqual({ onsetToDetectionDays: 2, detectionToReportHours: 1.5, detectionToIsolationHours: 6, detectionToTreatmentHours: null, onsetToIsolationDays: 2, reportedInTime: true });
  });

  test('detection counts on the local date: 23:00 UTC is the next day in Shanghai', () => {
    const intervals = caseIntervals({ onsetDate: '2026-11-20', sampledDate: null, detectedAt: '2026-11-20T23:00:00Z', reportedAt: '2026-11-21T02:00:00Z', isolatedAt: null, treatedAt: null }, 'Asia/Shanghai', 2);
    expect(intervals.onsetToDetectionDays).toBe(1);
    expect(intervals.reportedInTime).toBe(false);
  });

  test('the infectious window starts the lookback before onset, or before sampling without onset, at local midnight', () => {
    const symptomatic = infectiousWindow({ onsetDate: '2026-11-20', sampledDate: '2026-11-21', detectedAt: '2026-11-21T00:00:00Z', isolatedAt: '2026-11-22T00:00:00Z' }, 4, 'Asia/Shanghai');
    expect(symptomatic.from.toISOString()).toBe('2026-11-15T16:00:00.000Z');
    expect(symptomatic.until?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    const asymptomatic = infectiousWindow({ onsetDate: null, sampledDate: '2026-11-21', detectedAt: '2026-11-21T00:00:00Z', isolatedAt: null }, 2, 'Asia/Shanghai');
    expect(asymptomatic.from.toISOString()).toBe('2026-11-18T16:00:00.000Z');
    expect(asymptomatic.until).toBeNull();
  });
});

describe('summaries', () => {
  // R: quantile(c(1, 2, 3, 4, 10), c(0.5, 0.9)) gives 3 and 7.6; quantile(1:10, 0.9) gives 9.1.
  test.each([
    { values: [1, 2, 3, 4, 10], p: 0.5, expected: 3 },
    { values: [1, 2, 3, 4, 10], p: 0.9, expected: 7.6 },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 0.9, expected: 9.1 },
  ])('quantile $p of $values is $expected, as R’s default', ({ values, p, expected }) => {
    expect(quantile(values, p)).toBeCloseTo(expected, 10);
  });

  test('unknown values are left out, and nothing known gives nulls', () => {
    expect(summarizeInterval([null, 4, 2, null])).toEqual({ count: 2, median: 3, p90: 3.8, mean: 3 });
    expect(summarizeInterval([null])).toEqual({ count: 0, median: null, p90: null, mean: null });
  });
});
