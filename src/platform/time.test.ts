import { describe, expect, test } from 'vitest';
import { addDays, localDate, localDayStart } from './time.ts';

describe('local dates', () => {
  test('an instant falls on the date of its time zone', () => {
    expect(localDate(new Date('2026-11-24T17:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-25');
    expect(localDate(new Date('2026-11-24T17:30:00Z'), 'UTC')).toBe('2026-11-24');
    expect(localDate(new Date('2026-11-24T03:00:00Z'), 'America/New_York')).toBe('2026-11-23');
  });

  test('days are added across month and year ends and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-11-24', -29)).toBe('2026-10-26');
  });

  test('a local day starts at local midnight, in UTC', () => {
    expect(localDayStart('2026-11-25', 'Asia/Shanghai').toISOString()).toBe('2026-11-24T16:00:00.000Z');
    expect(localDayStart('2026-11-25', 'UTC').toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(localDayStart('2026-01-10', 'Asia/Kathmandu').toISOString()).toBe('2026-01-09T18:15:00.000Z');
  });

  test('days around daylight saving changes start at their own offset', () => {
    // New York: clocks go forward on 2026-03-08 at 02:00 and back on 2026-11-01 at 02:00.
    expect(localDayStart('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(localDayStart('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(localDayStart('2026-11-02', 'America/New_York').toISOString()).toBe('2026-11-02T05:00:00.000Z');
    // Santiago: the day of the spring change begins at 01:00, midnight does not exist.
    expect(localDate(localDayStart('2026-09-06', 'America/Santiago'), 'America/Santiago')).toBe('2026-09-06');
  });
});
