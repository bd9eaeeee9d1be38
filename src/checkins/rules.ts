import type { FieldIssue } from '../platform/errors.ts';

/** The numbers a check-in is judged by, from the protocol in force at the venue's jurisdiction. */
export interface CheckinRules {
  /** Days a check-in is kept (PROTOCOL.md, tracing parameters: 28 by default). */
  retentionDays: number;
  /** A reading at or above this is a fever. */
  feverThresholdCelsius: number;
  /** Readings outside are refused as device or entry errors. */
  temperatureRange: { min: number; max: number };
  /** How far in the past a check-in recorded offline may be dated. */
  maxPastHours: number;
  /** How far ahead of the server's clock a device's clock may run before its times count as future. */
  futureToleranceSeconds: number;
}

/** One check-in as the engine sees it: times in epoch seconds, temperature in tenths of a degree. */
export interface CheckinTimes {
  enteredAt: number;
  exitedAt: number | null;
  temperatureTenths: number | null;
}

/**
 * How far back an item may be dated. Live submissions (scans, device batches) follow the protocol's
 * offline backdating limit; a file import (drills, migration of records kept elsewhere) may bring anything
 * still within retention, since older rows would only be purged at once.
 */
export type CheckinOrigin = 'live' | 'file';

/** Field names for the problems of one item, so that a batch names `items.3.temperature`. */
export interface CheckinFieldNames {
  enteredAt: string;
  exitedAt: string;
  temperature: string;
}

const SECONDS_PER_HOUR = 3600;
const SECONDS_PER_DAY = 86_400;

/** Tenths of a degree from a reading in degrees Celsius, as stored. */
export function toTenths(celsius: number): number {
  return Math.round(celsius * 10);
}

/** Whether a stored reading is a fever under the rules (at or above the threshold). */
export function isFever(temperatureTenths: number | null, rules: CheckinRules): boolean {
  return temperatureTenths !== null && temperatureTenths >= toTenths(rules.feverThresholdCelsius);
}

/** The oldest entry time an item of this origin may have, in epoch seconds. */
export function earliestEntry(rules: CheckinRules, nowSeconds: number, origin: CheckinOrigin): number {
  return origin === 'live' ? nowSeconds - rules.maxPastHours * SECONDS_PER_HOUR : nowSeconds - rules.retentionDays * SECONDS_PER_DAY;
}

/** The entry times older than this are past retention and purged (SECURITY.md goal 6). */
export function retentionCutoff(rules: Pick<CheckinRules, 'retentionDays'>, nowSeconds: number): number {
  return nowSeconds - rules.retentionDays * SECONDS_PER_DAY;
}

/** Checks one check-in against the rules and the clock; returns the problems by field, none when it is good. */
export function validateCheckinTimes(item: CheckinTimes, rules: CheckinRules, nowSeconds: number, origin: CheckinOrigin, fields: CheckinFieldNames): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const latest = nowSeconds + rules.futureToleranceSeconds;
  if (item.enteredAt > latest) issues.push({ field: fields.enteredAt, problem: 'is in the future' });
  else if (item.enteredAt < earliestEntry(rules, nowSeconds, origin)) {
    issues.push({
      field: fields.enteredAt,
      problem: origin === 'live' ? `is more than ${rules.maxPastHours} hours in the past` : `is older than the retention of ${rules.retentionDays} days`,
    });
  }
  if (item.exitedAt !== null) {
    if (item.exitedAt < item.enteredAt) issues.push({ field: fields.exitedAt, problem: 'is before the entry' });
    else if (item.exitedAt > latest) issues.push({ field: fields.exitedAt, problem: 'is in the future' });
  }
  const { min, max } = rules.temperatureRange;
  if (item.temperatureTenths !== null && (item.temperatureTenths < toTenths(min) || item.temperatureTenths > toTenths(max))) {
    issues.push({ field: fields.temperature, problem: `must be between ${min} and ${max} °C` });
  }
  return issues;
}
