import { describe, expect, test } from 'vitest';
import { ledgerDaysOf, validateComplianceCheck, validateLedgerDate } from './rules.ts';

// 2026-11-24T20:00Z is already 2026-11-25 04:00 in Shanghai.
const NOW = new Date('2026-11-24T20:00:00.000Z');
const rules = { retentionDays: 28, futureToleranceSeconds: 300 };
const shanghai = ledgerDaysOf(rules, NOW, 'Asia/Shanghai');

describe('the days a ledger covers', () => {
  test('today and the oldest kept day are local to the venue', () => {
    expect(shanghai).toMatchObject({ today: '2026-11-25', earliest: '2026-10-28', retentionDays: 28 });
    expect(ledgerDaysOf(rules, NOW, 'UTC')).toMatchObject({ today: '2026-11-24', earliest: '2026-10-27' });
    expect(shanghai.latest.toISOString()).toBe('2026-11-24T20:05:00.000Z');
  });

  test.each([
    ['2026-11-25', []],
    ['2026-10-28', []],
    ['2026-11-26', [{ field: 'date', problem: 'is in the future: today is 2026-11-25 in Asia/Shanghai' }]],
    ['2026-10-27', [{ field: 'date', problem: 'is older than the check-in retention of 28 days (the oldest day is 2026-10-28)' }]],
  ])('%s', (date, issues) => {
    expect(validateLedgerDate(date, shanghai)).toEqual(issues);
  });
});

describe('the day and time of a compliance check', () => {
  test.each([
    ['today, at now by default', { date: '2026-11-25', checkedAt: NOW, checkedAtGiven: false }, []],
    ['a past day, with the time of the check', { date: '2026-11-24', checkedAt: new Date('2026-11-24T10:00:00+08:00'), checkedAtGiven: true }, []],
    ['within the clock tolerance', { date: '2026-11-25', checkedAt: new Date('2026-11-24T20:04:00.000Z'), checkedAtGiven: true }, []],
    ['a time in the future', { date: '2026-11-25', checkedAt: new Date('2026-11-24T21:00:00.000Z'), checkedAtGiven: true }, [{ field: 'checkedAt', problem: 'is in the future' }]],
    ['a time on another day', { date: '2026-11-24', checkedAt: new Date('2026-11-24T17:00:00.000Z'), checkedAtGiven: true }, [{ field: 'checkedAt', problem: 'does not fall on 2026-11-24 in Asia/Shanghai' }]],
    [
      'a past day without its time',
      { date: '2026-11-24', checkedAt: NOW, checkedAtGiven: false },
      [{ field: 'checkedAt', problem: 'is required for a past day: it defaults to now, which is not on 2026-11-24 in Asia/Shanghai' }],
    ],
    ['a future day names the day only', { date: '2026-11-26', checkedAt: NOW, checkedAtGiven: false }, [{ field: 'date', problem: 'is in the future: today is 2026-11-25 in Asia/Shanghai' }]],
  ])('%s', (_name, check, issues) => {
    expect(validateComplianceCheck(check, shanghai)).toEqual(issues);
  });
});
