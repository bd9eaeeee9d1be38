import { getJurisdictionRow } from '../jurisdictions/store.ts';
import type { ProtocolDocument } from '../protocol/model.ts';
import { protocolInForce } from '../protocol/service.ts';
import type { Platform } from '../platform/context.ts';
import type { Database } from '../platform/db/database.ts';
import { notFound } from '../platform/errors.ts';
import { localDate } from '../platform/time.ts';
import type { CheckinRules } from './rules.ts';

/**
 * A device clock may run this far ahead of the server's before its times count as future. Not a
 * protocol matter (no official text sets it): ordinary drift of phones and scanners set by network time.
 */
const FUTURE_TOLERANCE_SECONDS = 300;
/** Rules are read again after this long, so that a protocol assigned today takes effect within a minute. */
const REMEMBERED_MILLIS = 60_000;

/** The rules of a protocol document's check-in section; each number comes with its source there. */
export function rulesFromProtocol(checkins: ProtocolDocument['checkins']): CheckinRules {
  return {
    retentionDays: checkins.retentionDays.value,
    feverThresholdCelsius: checkins.feverThresholdCelsius.value,
    temperatureRange: { min: checkins.plausibleTemperatureCelsius.min.value, max: checkins.plausibleTemperatureCelsius.max.value },
    maxPastHours: checkins.offlineBackdateHours.value,
    futureToleranceSeconds: FUTURE_TOLERANCE_SECONDS,
  };
}

/** What was read for a jurisdiction: its time zone, the local date the rules are for, and until when to trust them. */
interface Remembered {
  timeZone: string;
  date: string;
  rules: CheckinRules;
  until: number;
}

const remembered = new WeakMap<Database, Map<string, Remembered>>();

/**
 * The check-in rules in force for a jurisdiction at an instant: those of the protocol in force there on
 * that day in the jurisdiction's time zone. The one place that reads the protocol, so that every path
 * (scans, batches, imports, the purge) judges by the same numbers; each scan would otherwise ask the
 * database three times for the same answer, so answers are remembered for a minute.
 */
export async function checkinRulesFor(platform: Platform, jurisdictionCode: string, at: Date): Promise<CheckinRules> {
  let known = remembered.get(platform.database);
  if (!known) remembered.set(platform.database, (known = new Map()));
  const found = known.get(jurisdictionCode);
  if (found && found.until > Date.now() && localDate(at, found.timeZone) === found.date) return found.rules;
  const jurisdiction = await getJurisdictionRow(platform.database.db, jurisdictionCode);
  if (!jurisdiction) throw notFound('jurisdiction');
  const date = localDate(at, jurisdiction.time_zone);
  const rules = rulesFromProtocol((await protocolInForce(platform, jurisdictionCode, date)).checkins);
  if (known.size > 10_000) known.clear();
  known.set(jurisdictionCode, { timeZone: jurisdiction.time_zone, date, rules, until: Date.now() + REMEMBERED_MILLIS });
  return rules;
}
