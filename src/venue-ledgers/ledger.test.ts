import { describe, expect, test } from 'vitest';
import { SECONDS_PER_QUARTER_HOUR, type QuarterHourCount } from '../checkins/venue-day.ts';
import { localHour, summarizeCheckinDay, summarizeCompliance } from './ledger.ts';
import type { ComplianceOutcome, ComplianceRecord } from './model.ts';

const quarterOf = (instant: string) => Math.floor(Date.parse(instant) / 1000 / SECONDS_PER_QUARTER_HOUR);
const count = (instant: string, total: number, extra: Partial<QuarterHourCount> = {}): QuarterHourCount => ({ quarter: quarterOf(instant), total, withExit: 0, feverReadings: 0, ...extra });

describe('local hours', () => {
  test.each([
    ['2026-11-23T16:00:00Z', 'Asia/Shanghai', 0],
    ['2026-11-24T15:59:59Z', 'Asia/Shanghai', 23],
    ['2026-11-24T07:45:00Z', 'Asia/Kathmandu', 13],
    ['2026-11-24T08:00:00Z', 'UTC', 8],
  ])('%s is hour %s there: %s', (instant, timeZone, hour) => {
    expect(localHour(new Date(instant), timeZone)).toBe(hour);
  });
});

describe('a day of check-ins', () => {
  test('totals add up and each quarter hour goes to its local hour', () => {
    const day = summarizeCheckinDay(
      [count('2026-11-23T16:00:00Z', 2, { withExit: 1 }), count('2026-11-24T07:45:00Z', 3, { feverReadings: 1 }), count('2026-11-24T07:30:00Z', 1), count('2026-11-24T15:45:00Z', 4, { withExit: 4 })],
      'Asia/Shanghai',
    );
    expect(day).toMatchObject({ total: 10, withExit: 5, feverReadings: 1 });
    expect(day.byHour).toHaveLength(24);
    expect(day.byHour[0]).toBe(2);
    expect(day.byHour[15]).toBe(4);
    expect(day.byHour[23]).toBe(4);
    expect(day.byHour.reduce((sum, each) => sum + each, 0)).toBe(10);
  });

  test('a quarter hour off the whole hour (Nepal, +05:45) still falls in one local hour', () => {
    const day = summarizeCheckinDay([count('2026-11-24T02:15:00Z', 1), count('2026-11-24T02:00:00Z', 1)], 'Asia/Kathmandu');
    expect(day.byHour[8]).toBe(1);
    expect(day.byHour[7]).toBe(1);
  });

  test('the day clocks go back counts both passes of the repeated hour in it; the day they go forward leaves the skipped hour empty', () => {
    // Europe/Berlin: 2026-10-25 03:00 CEST becomes 02:00 CET; 2026-03-29 02:00 CET becomes 03:00 CEST.
    const back = summarizeCheckinDay([count('2026-10-25T00:30:00Z', 1), count('2026-10-25T01:30:00Z', 2)], 'Europe/Berlin');
    expect(back.byHour[2]).toBe(3);
    const forward = summarizeCheckinDay([count('2026-03-29T00:30:00Z', 1), count('2026-03-29T01:30:00Z', 1)], 'Europe/Berlin');
    expect([forward.byHour[1], forward.byHour[2], forward.byHour[3]]).toEqual([1, 0, 1]);
  });

  test('no check-ins: zeros everywhere', () => {
    expect(summarizeCheckinDay([], 'Asia/Shanghai')).toEqual({ total: 0, withExit: 0, feverReadings: 0, byHour: Array.from({ length: 24 }, () => 0) });
  });
});

describe('where the measures stand after a day', () => {
  const record = (id: string, checkedAt: string, masks: ComplianceOutcome): ComplianceRecord => {
    const other = { outcome: 'compliant' as const, note: null };
    return {
      id,
      venueId: 'v',
      jurisdictionCode: 'j',
      date: checkedAt.slice(0, 10),
      checkedAt,
      measures: { masks: { outcome: masks, note: null }, ventilation: other, disinfection: other, distancing: { outcome: 'not_applicable', note: null } },
      note: null,
      recordedBy: 'a',
      recordedAt: checkedAt,
    };
  };

  test('the latest check decides, whatever order the records come in', () => {
    const morning = record('01', '2026-11-24T01:00:00.000Z', 'not_compliant');
    const evening = record('02', '2026-11-24T11:00:00.000Z', 'compliant');
    const expected = { masks: 'compliant', ventilation: 'compliant', disinfection: 'compliant', distancing: 'not_applicable' };
    expect(summarizeCompliance([morning, evening])).toEqual(expected);
    expect(summarizeCompliance([evening, morning])).toEqual(expected);
  });

  test('two checks at the same moment: the one recorded later decides', () => {
    expect(summarizeCompliance([record('02', '2026-11-24T01:00:00.000Z', 'not_compliant'), record('01', '2026-11-24T01:00:00.000Z', 'compliant')]).masks).toBe('not_compliant');
  });

  test('a day without checks has no outcome for any measure', () => {
    expect(summarizeCompliance([])).toEqual({ masks: null, ventilation: null, disinfection: null, distancing: null });
  });
});
