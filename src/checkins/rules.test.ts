import { describe, expect, test } from 'vitest';
import { isFever, retentionCutoff, toTenths, validateCheckinTimes, type CheckinOrigin, type CheckinRules, type CheckinTimes } from './rules.ts';

const rules: CheckinRules = { retentionDays: 28, feverThresholdCelsius: 37.3, temperatureRange: { min: 34, max: 43 }, maxPastHours: 72, futureToleranceSeconds: 300 };
const NOW = Date.parse('2026-11-24T08:00:00Z') / 1000;
const HOUR = 3600;
const DAY = 86_400;
const fields = { enteredAt: 'items.3.enteredAt', exitedAt: 'items.3.exitedAt', temperature: 'items.3.temperature' };

function item(overrides: Partial<CheckinTimes> = {}): CheckinTimes {
  return { enteredAt: NOW - HOUR, exitedAt: null, temperatureTenths: 365, ...overrides };
}

describe('validateCheckinTimes', () => {
  test.each<[string, Partial<CheckinTimes>, CheckinOrigin, string[]]>([
    ['an ordinary stay an hour ago', {}, 'live', []],
    ['a stay with its exit', { exitedAt: NOW - 60 }, 'live', []],
    ['no temperature taken', { temperatureTenths: null }, 'live', []],
    ['entry a device clock ahead within tolerance', { enteredAt: NOW + 299 }, 'live', []],
    ['entry just beyond the tolerance', { enteredAt: NOW + 301 }, 'live', ['items.3.enteredAt: is in the future']],
    ['entry exactly at the backdating limit', { enteredAt: NOW - 72 * HOUR }, 'live', []],
    ['entry a second past the backdating limit', { enteredAt: NOW - 72 * HOUR - 1 }, 'live', ['items.3.enteredAt: is more than 72 hours in the past']],
    ['a file row ten days old', { enteredAt: NOW - 10 * DAY }, 'file', []],
    ['a file row older than retention', { enteredAt: NOW - 28 * DAY - 1 }, 'file', ['items.3.enteredAt: is older than the retention of 28 days']],
    ['exit before entry', { exitedAt: NOW - 2 * HOUR }, 'live', ['items.3.exitedAt: is before the entry']],
    ['exit equal to entry', { exitedAt: NOW - HOUR }, 'live', []],
    ['exit in the future', { exitedAt: NOW + 3600 }, 'live', ['items.3.exitedAt: is in the future']],
    ['temperature at the lowest plausible reading', { temperatureTenths: 340 }, 'live', []],
    ['temperature below the plausible range', { temperatureTenths: 339 }, 'live', ['items.3.temperature: must be between 34 and 43 °C']],
    ['temperature above the plausible range', { temperatureTenths: 431 }, 'live', ['items.3.temperature: must be between 34 and 43 °C']],
    ['several problems at once', { enteredAt: NOW + 7200, temperatureTenths: 500 }, 'live', ['items.3.enteredAt: is in the future', 'items.3.temperature: must be between 34 and 43 °C']],
  ])('%s', (_name, overrides, origin, expected) => {
    const issues = validateCheckinTimes(item(overrides), rules, NOW, origin, fields);
    expect(issues.map((issue) => `${issue.field}: ${issue.problem}`)).toEqual(expected);
  });
});

describe('isFever', () => {
  test.each<[number | null, boolean]>([
    [null, false],
    [365, false],
    [372, false],
    [373, true],
    [395, true],
  ])('a reading of %s tenths is a fever: %s', (tenths, expected) => {
    expect(isFever(tenths, rules)).toBe(expected);
  });
});

describe('toTenths and retentionCutoff', () => {
  test.each<[number, number]>([
    [36.5, 365],
    [37.25, 373],
    [37.3, 373],
    [38, 380],
  ])('%s °C is stored as %s tenths', (celsius, tenths) => {
    expect(toTenths(celsius)).toBe(tenths);
  });

  test('the retention cutoff lies the retention days before now', () => {
    expect(retentionCutoff(rules, NOW)).toBe(NOW - 28 * DAY);
  });
});
