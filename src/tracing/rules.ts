import type { ProtocolDocument } from '../protocol/model.ts';
import { addDays, localDate, localDayStart } from '../platform/time.ts';
import type { ExitRules } from './stays.ts';

/** The numbers tracing works by, read from the protocol in force; each has its source in the protocol document. */
export interface TracingRules {
  protocolId: string;
  lookbackDays: number;
  /** Overlap at venues, summed within windowSeconds, that makes a close contact. */
  closeSeconds: number;
  windowSeconds: number;
  traceSecondary: boolean;
  alertSameDayVisitors: boolean;
  /** Imputed stay by venue type, in seconds. */
  dwellSeconds(venueType: string | null): number;
  timeZone: string;
}

/** The tracing rules of a protocol document, for a jurisdiction's time zone. */
export function tracingRulesFrom(protocol: ProtocolDocument, timeZone: string): TracingRules {
  const { tracing } = protocol;
  const byType = tracing.dwellMinutes.byVenueType as Partial<Record<string, { value: number }>>;
  return {
    protocolId: protocol.id,
    lookbackDays: tracing.infectiousLookbackDays.value,
    closeSeconds: tracing.closeContactByCoPresence.cumulativeMinutes.value * 60,
    windowSeconds: tracing.closeContactByCoPresence.windowHours.value * 3600,
    traceSecondary: tracing.traceSecondaryContacts.value,
    alertSameDayVisitors: tracing.alertSameDayVisitors.value,
    dwellSeconds: (venueType) => ((venueType ? byType[venueType]?.value : undefined) ?? tracing.dwellMinutes.default.value) * 60,
    timeZone,
  };
}

/** Local days in a time zone as epoch-second spans, remembered, since every stay asks. */
export class LocalDays {
  private readonly starts = new Map<string, number>();
  private readonly ends = new Map<number, number>();
  constructor(private readonly timeZone: string) {}

  /** The local date an instant (epoch seconds) falls on. */
  dateOf(at: number): string {
    return localDate(new Date(at * 1000), this.timeZone);
  }

  /** The first second of a local date. */
  startOf(date: string): number {
    let start = this.starts.get(date);
    if (start === undefined) this.starts.set(date, (start = localDayStart(date, this.timeZone).getTime() / 1000));
    return start;
  }

  /** The first second of the local day after the one an instant falls on. */
  endOf(at: number): number {
    // Every zone's offset is a whole number of quarter hours, so each quarter hour falls on one local date.
    const quarter = Math.floor(at / 900);
    let end = this.ends.get(quarter);
    if (end === undefined) this.ends.set(quarter, (end = this.startOf(addDays(this.dateOf(quarter * 900), 1))));
    return end;
  }
}

/** What tracing knows of a venue: its type, and who works or studies there (their person keys). */
export interface VenueFacts {
  types: ReadonlyMap<number, string | null>;
  staff: ReadonlyMap<number, ReadonlySet<number>>;
}

/**
 * How long a person is taken to stay at a venue, in seconds, when no exit was scanned. A visitor stays the
 * protocol's dwell time for the venue type. Someone affiliated with the venue works or studies there and
 * stays a working day: the protocol's dwell time for a workplace (a school's own, if longer).
 */
export function staffShiftSeconds(rules: TracingRules, venueType: string | null): number {
  return Math.max(rules.dwellSeconds('workplace'), rules.dwellSeconds(venueType));
}

/** Exit imputation under the rules, for venues whose facts are known. */
export function exitRulesFor(rules: TracingRules, facts: VenueFacts, days: LocalDays): ExitRules {
  return {
    dwellSeconds: (venue, person) => {
      const type = facts.types.get(venue) ?? null;
      return facts.staff.get(venue)?.has(person) ? staffShiftSeconds(rules, type) : rules.dwellSeconds(type);
    },
    endOfLocalDay: (at) => days.endOf(at),
  };
}
