import { findCoPresence, peakCoveredSeconds, type Exposure } from './co-presence.ts';
import { exitRulesFor, staffShiftSeconds, type LocalDays, type TracingRules, type VenueFacts } from './rules.ts';
import type { StayReader, VenueSpan } from './stay-store.ts';
import { LONG_STAY_SECONDS, stayEnd, timeStays, type ExitRules, type Stay, type TimedStay } from './stays.ts';

const DAY = 24 * 3600;

/** A person who shared time at a venue with the traced person. */
export interface VenueContact {
  person: number;
  exposures: Exposure[];
  /** The most shared time within any window of the protocol's length (24 hours by default). */
  peakSeconds: number;
  /** Whether that reaches the protocol's threshold for a close contact. */
  close: boolean;
}

/** Someone who entered a venue the traced person visited, on the same local day, without sharing time there. */
export interface SameDayVisit {
  person: number;
  venue: number;
  enteredAt: number;
  date: string;
}

export interface VenueTrace {
  /** The traced person's stays within the window, with their ends. */
  ownStays: TimedStay[];
  contacts: Map<number, VenueContact>;
  sameDayVisitors: Map<number, SameDayVisit[]>;
}

/** The person traced at venues (by person key) over their window, in epoch seconds. */
export interface VenueSubject {
  person: number;
  window: { from: number; until: number };
}

/** Venue types and staff, asked once per venue for a whole tracing run. */
export class VenueFactCache implements VenueFacts {
  readonly types = new Map<number, string | null>();
  readonly staff = new Map<number, Set<number>>();
  constructor(private readonly reader: StayReader) {}

  async load(venues: Iterable<number>): Promise<void> {
    const missing = [...new Set(venues)].filter((venue) => !this.types.has(venue));
    if (missing.length === 0) return;
    for (const [venue, type] of await this.reader.venueTypesOf(missing)) this.types.set(venue, type);
    for (const [venue, people] of await this.reader.staffOf(missing)) this.staff.set(venue, people);
  }
}

/** A stretch of a venue's time: who may be there during [from, to). */
interface TimeSpan {
  from: number;
  to: number;
}

/** Overlapping or touching spans merged, sorted by start. */
function mergeSpans(spans: TimeSpan[]): TimeSpan[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const merged: TimeSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * Everyone who shared time at a venue with each subject during the subject's window (a case's infectious
 * window, or a close contact's time from first exposure to control), and, when asked, the same-day visitors
 * of those venues; one trace per subject, in order (a person may be two subjects, with two windows). The
 * second degree asks for close contacts only (`closeOnly`), and keeps no others in memory.
 * Subjects are traced together: each venue's time is read once for all of them, which matters for
 * secondary contacts, who were at the same places at the same times by definition.
 *
 * Missing exits are imputed (PROTOCOL.md, Tracing parameters; decision 0010), from the next check-in each
 * stay carries (decision 0012). The venue's own staff are read apart, along their own stays, because a
 * working day reaches further back than a visitor's stay.
 */
export async function traceVenueContacts(
  reader: StayReader,
  subjects: readonly VenueSubject[],
  rules: TracingRules,
  days: LocalDays,
  facts: VenueFactCache,
  options: { sameDayVisitors: boolean; closeOnly: boolean },
): Promise<VenueTrace[]> {
  const raw: Stay[][] = [];
  for (const subject of subjects) raw.push(await reader.staysOf(subject.person, subject.window.from - DAY, subject.window.until));
  await facts.load(raw.flat().map((stay) => stay.venue));
  const exitRules = exitRulesFor(rules, facts, days);
  const own = subjects.map((subject, index) => timeStays(raw[index]!, exitRules).filter((stay) => stay.end > subject.window.from && stay.enteredAt < subject.window.until));

  const atVenues = await readVenueStays(reader, subjects, own, exitRules, facts, rules);
  const traces: VenueTrace[] = [];
  for (const [index, subject] of subjects.entries()) {
    const ownStays = own[index]!;
    const nearby = new Set<TimedStay>();
    for (const stay of ownStays) atVenues.get(stay.venue)?.collectOverlapping(stay, nearby);
    const contacts = new Map<number, VenueContact>();
    for (const [contact, exposures] of findCoPresence(ownStays, [...nearby], subject.window)) {
      const peakSeconds = peakCoveredSeconds(
        exposures.map((exposure) => [exposure.from, exposure.to]),
        rules.windowSeconds,
      );
      const close = peakSeconds >= rules.closeSeconds;
      if (close || !options.closeOnly) contacts.set(contact, { person: contact, exposures, peakSeconds, close });
    }
    const sameDayVisitors = options.sameDayVisitors ? await findSameDayVisitors(reader, subject.person, ownStays, contacts, days) : new Map<number, SameDayVisit[]>();
    traces.push({ ownStays, contacts, sameDayVisitors });
  }
  return traces;
}

/**
 * The stays at the subjects' venues that may overlap one of their stays, with their ends, by venue. Each
 * venue's spans are merged across subjects and read once: everyone along the venue index as far back as
 * the longest imputed stay (and the long-stay index beyond).
 */
async function readVenueStays(
  reader: StayReader,
  subjects: readonly VenueSubject[],
  own: readonly TimedStay[][],
  exitRules: ExitRules,
  facts: VenueFacts,
  rules: TracingRules,
): Promise<Map<number, VenueStays>> {
  const spans = new Map<number, TimeSpan[]>();
  for (const [index, subject] of subjects.entries()) {
    for (const stay of own[index]!) {
      const span = { from: Math.max(stay.enteredAt, subject.window.from), to: Math.min(stay.end, subject.window.until) };
      const list = spans.get(stay.venue);
      if (list) list.push(span);
      else spans.set(stay.venue, [span]);
    }
  }
  // Every venue's merged spans are read at once, in order, as far back as a stay there may have begun.
  const reads: VenueSpan[] = [];
  for (const [venue, venueSpans] of spans) {
    const reach = reachOf(venue, facts, rules);
    for (const span of mergeSpans(venueSpans)) reads.push({ venue, from: span.from, to: span.to, reach });
  }
  const read = await reader.staysAt(reads);
  const byVenue = new Map<number, TimedStay[]>();
  let previousTo = -Infinity;
  for (const [index, span] of reads.entries()) {
    let found = byVenue.get(span.venue);
    if (!found) {
      // A venue's spans are read one after another.
      byVenue.set(span.venue, (found = []));
      previousTo = -Infinity;
    }
    for (const stay of read[index]!) {
      // A stay entered before the previous span of the venue ended was read, and kept if it counts, with that span.
      if (stay.enteredAt < previousTo) continue;
      const { end, endSource } = stayEnd(stay, exitRules);
      if (end > span.from) found.push({ person: stay.person, venue: stay.venue, enteredAt: stay.enteredAt, exitedAt: stay.exitedAt, nextEnteredAt: stay.nextEnteredAt, end, endSource });
    }
    previousTo = span.to;
  }
  return new Map([...byVenue].map(([venue, found]) => [venue, new VenueStays(found, reachOf(venue, facts, rules))]));
}

/**
 * How far before a moment a stay at the venue may have begun and still be under way, unless it is long: a
 * visitor's imputed stay, or a working day where the venue has staff. Reading a staffed venue's time that
 * far back costs less than reading its staff's stays person by person: a factory has thousands.
 */
function reachOf(venue: number, facts: VenueFacts, rules: TracingRules): number {
  const type = facts.types.get(venue) ?? null;
  const staffed = (facts.staff.get(venue)?.size ?? 0) > 0;
  return Math.max(LONG_STAY_SECONDS, rules.dwellSeconds(type), staffed ? staffShiftSeconds(rules, type) : 0);
}

/**
 * A venue's stays ordered by entry, so that those under way during a stay are found by binary search: a
 * stay no longer than `reach` must have begun within `reach` before; the few longer ones are kept apart.
 */
class VenueStays {
  private readonly ordered: TimedStay[];
  private readonly long: TimedStay[];
  constructor(
    stays: TimedStay[],
    private readonly reach: number,
  ) {
    this.ordered = stays.filter((stay) => stay.end - stay.enteredAt <= reach).sort((a, b) => a.enteredAt - b.enteredAt);
    this.long = stays.filter((stay) => stay.end - stay.enteredAt > reach);
  }

  /** Adds every stay that shares time with the given one. */
  collectOverlapping(own: TimedStay, into: Set<TimedStay>): void {
    let low = 0;
    let high = this.ordered.length;
    const earliest = own.enteredAt - this.reach;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.ordered[middle]!.enteredAt < earliest) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < this.ordered.length && this.ordered[index]!.enteredAt < own.end; index++) {
      if (this.ordered[index]!.end > own.enteredAt) into.add(this.ordered[index]!);
    }
    for (const stay of this.long) if (stay.enteredAt < own.end && stay.end > own.enteredAt) into.add(stay);
  }
}

/** Visitors of the traced person's venues on the same local days, other than those already contacts. */
async function findSameDayVisitors(reader: StayReader, person: number, ownStays: readonly TimedStay[], contacts: ReadonlyMap<number, VenueContact>, days: LocalDays): Promise<Map<number, SameDayVisit[]>> {
  const visited = new Map<string, { venue: number; date: string }>();
  for (const stay of ownStays) {
    const date = days.dateOf(stay.enteredAt);
    visited.set(`${stay.venue}@${date}`, { venue: stay.venue, date });
  }
  const visitors = new Map<number, SameDayVisit[]>();
  for (const { venue, date } of visited.values()) {
    const start = days.startOf(date);
    for (const stay of await reader.staysEnteredAt(venue, start, days.endOf(start))) {
      if (stay.person === person || contacts.has(stay.person)) continue;
      const visit = { person: stay.person, venue, enteredAt: stay.enteredAt, date };
      const list = visitors.get(stay.person);
      if (list) list.push(visit);
      else visitors.set(stay.person, [visit]);
    }
  }
  return visitors;
}
