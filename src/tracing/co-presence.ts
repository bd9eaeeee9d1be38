import type { TimedStay } from './stays.ts';

/** A span of time two people spent at the same venue, with the two stays it comes from. */
export interface Exposure {
  venue: number;
  from: number;
  to: number;
  caseStay: TimedStay;
  contactStay: TimedStay;
}

/** The part of the span [from, until) two stays at the same venue share, or null if they share none. */
export function sharedSpan(a: TimedStay, b: TimedStay, from: number, until: number): [number, number] | null {
  const start = Math.max(a.enteredAt, b.enteredAt, from);
  const end = Math.min(a.end, b.end, until);
  return end > start ? [start, end] : null;
}

/** Disjoint, sorted spans covering the same time as the given ones. */
export function unionOfSpans(spans: readonly [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * The most time, in seconds, covered by the spans within any window of the given length: "15 minutes or more
 * cumulative within 24 hours" (PROTOCOL.md, Tracing parameters) is this figure against the threshold. The
 * covered time is piecewise linear in the window's start, so its maximum lies where the window starts at a
 * span's start or ends at a span's end; those are the only starts tried.
 */
export function peakCoveredSeconds(spans: readonly [number, number][], windowSeconds: number): number {
  const union = unionOfSpans(spans);
  const starts = new Set<number>();
  for (const [start, end] of union) {
    starts.add(start);
    starts.add(end - windowSeconds);
  }
  let peak = 0;
  for (const windowStart of starts) {
    const windowEnd = windowStart + windowSeconds;
    let covered = 0;
    for (const [start, end] of union) {
      if (start >= windowEnd) break;
      covered += Math.max(0, Math.min(end, windowEnd) - Math.max(start, windowStart));
    }
    peak = Math.max(peak, covered);
  }
  return peak;
}

/**
 * Everyone whose stay at a venue shares time with one of the case's stays there, within the case's
 * infectious window. `others` are stays at the same venues that may overlap (the store's query); the
 * case's own stays among them are ignored. Returns each person's exposures.
 */
export function findCoPresence(caseStays: readonly TimedStay[], others: readonly TimedStay[], window: { from: number; until: number }): Map<number, Exposure[]> {
  const byVenue = new Map<number, TimedStay[]>();
  for (const stay of caseStays) {
    const list = byVenue.get(stay.venue);
    if (list) list.push(stay);
    else byVenue.set(stay.venue, [stay]);
  }
  const casePerson = caseStays[0]?.person;
  const exposures = new Map<number, Exposure[]>();
  for (const other of others) {
    if (other.person === casePerson) continue;
    for (const caseStay of byVenue.get(other.venue) ?? []) {
      const span = sharedSpan(caseStay, other, window.from, window.until);
      if (!span) continue;
      const exposure = { venue: other.venue, from: span[0], to: span[1], caseStay, contactStay: other };
      const list = exposures.get(other.person);
      if (list) list.push(exposure);
      else exposures.set(other.person, [exposure]);
    }
  }
  return exposures;
}
