/**
 * Stays at venues as the tracing engines see them: compact keys and epoch seconds, as check-ins are stored
 * (docs/decisions/0009-checkin-storage.md), with the end of each stay known or imputed.
 */
export interface Stay {
  person: number;
  venue: number;
  enteredAt: number;
  exitedAt: number | null;
  /** When the person next checked in, anywhere (null: not since); kept with the check-in (migration 0011). */
  nextEnteredAt: number | null;
}

/** Where the end of a stay comes from: the recorded exit, or one of the protocol's imputations. */
export const exitSources = ['recorded', 'next_checkin', 'dwell', 'end_of_day'] as const;
export type ExitSource = (typeof exitSources)[number];

export interface TimedStay extends Stay {
  end: number;
  endSource: ExitSource;
}

/**
 * Recorded stays longer than this are kept in an index of their own (migration 0009), so that looking for
 * who was at a venue at some moment reads only this far back in the main index, plus the few long stays.
 */
export const LONG_STAY_SECONDS = 3 * 3600;
/** A recorded stay counts for at most a week: a longer one is an exit never scanned, not a stay. */
export const LONGEST_STAY_SECONDS = 7 * 24 * 3600;

/** What imputing a missing exit needs to know (PROTOCOL.md, Tracing parameters). */
export interface ExitRules {
  /** How long the person is taken to stay at the venue, in seconds: the protocol's dwell time, a working day for its staff. */
  dwellSeconds(venue: number, person: number): number;
  /** The first instant of the next local day after an instant. */
  endOfLocalDay(at: number): number;
}

/**
 * The end of a stay. A recorded exit is taken as it is (up to a week). A missing one is imputed as the
 * earliest of the person's next check-in, the protocol's dwell time for the venue type, and the end of the
 * local day (PROTOCOL.md, Tracing parameters): each is a moment by which the person had surely left, so
 * the earliest is the one the evidence supports.
 */
export function stayEnd(stay: Stay, rules: ExitRules): { end: number; endSource: ExitSource } {
  if (stay.exitedAt !== null && stay.exitedAt >= stay.enteredAt) return { end: Math.min(stay.exitedAt, stay.enteredAt + LONGEST_STAY_SECONDS), endSource: 'recorded' };
  let end = stay.enteredAt + rules.dwellSeconds(stay.venue, stay.person);
  let endSource: ExitSource = 'dwell';
  const dayEnd = rules.endOfLocalDay(stay.enteredAt);
  if (dayEnd < end) [end, endSource] = [dayEnd, 'end_of_day'];
  const next = stay.nextEnteredAt;
  if (next !== null && next > stay.enteredAt && next < end) [end, endSource] = [next, 'next_checkin'];
  return { end, endSource };
}

/** Stays with their ends, in order of entry. */
export function timeStays(stays: readonly Stay[], rules: ExitRules): TimedStay[] {
  return [...stays].sort((a, b) => a.enteredAt - b.enteredAt || a.venue - b.venue).map((stay) => ({ ...stay, ...stayEnd(stay, rules) }));
}
