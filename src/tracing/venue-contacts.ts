import { findCoPresence, peakCoveredSeconds, type Exposure } from './co-presence.ts';
import { exitRulesFor, type LocalDays, type TracingRules } from './rules.ts';
import type { StayReader } from './stay-store.ts';
import { LONG_STAY_SECONDS, stayEnd, timeOwnStays, type ExitRules, type TimedStay } from './stays.ts';

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

/** Venue types, asked once per venue for a whole tracing run. */
export class VenueTypes {
  readonly known = new Map<number, string | null>();
  constructor(private readonly reader: StayReader) {}

  async load(venues: Iterable<number>): Promise<void> {
    const missing = [...new Set(venues)].filter((venue) => !this.known.has(venue));
    if (missing.length === 0) return;
    for (const [venue, type] of await this.reader.venueTypesOf(missing)) this.known.set(venue, type);
  }
}

/**
 * Everyone who shared time at a venue with a person during a window (the case's infectious window, or a
 * close contact's time from first exposure to control), and, when asked, the same-day visitors of those
 * venues. Missing exits are imputed (PROTOCOL.md, Tracing parameters): the person's own from their next
 * stay; another person's from their next check-in, looked up only when the imputed stay would otherwise
 * overlap, since that lookup can only shorten it.
 */
export async function traceVenueContacts(
  reader: StayReader,
  person: number,
  window: { from: number; until: number },
  rules: TracingRules,
  days: LocalDays,
  types: VenueTypes,
  options: { sameDayVisitors: boolean },
): Promise<VenueTrace> {
  // A stay entered the day before the window may still be under way at its start.
  const raw = await reader.staysOf(person, window.from - DAY, window.until);
  await types.load(raw.map((stay) => stay.venue));
  const exitRules = exitRulesFor(rules, types.known, days);
  const ownStays = timeOwnStays(raw, exitRules).filter((stay) => stay.end > window.from && stay.enteredAt < window.until);

  const others = await findOverlappingStays(reader, person, ownStays, window, exitRules);

  const contacts = new Map<number, VenueContact>();
  for (const [contact, exposures] of findCoPresence(ownStays, others, window)) {
    const peakSeconds = peakCoveredSeconds(
      exposures.map((exposure) => [exposure.from, exposure.to]),
      rules.windowSeconds,
    );
    contacts.set(contact, { person: contact, exposures, peakSeconds, close: peakSeconds >= rules.closeSeconds });
  }
  const sameDayVisitors = options.sameDayVisitors ? await findSameDayVisitors(reader, person, ownStays, contacts, days) : new Map<number, SameDayVisit[]>();
  return { ownStays, contacts, sameDayVisitors };
}

/**
 * Other people's stays at the traced person's venues that share time with one of the traced person's stays,
 * with their ends. An imputed end is first taken without the next check-in; only the stays that would then
 * overlap have their next check-in looked up (it can only shorten a stay), all in one batch.
 */
async function findOverlappingStays(reader: StayReader, person: number, ownStays: readonly TimedStay[], window: { from: number; until: number }, rules: ExitRules): Promise<TimedStay[]> {
  const found = new Map<string, { stay: TimedStay; from: number; to: number }>();
  for (const own of ownStays) {
    const from = Math.max(own.enteredAt, window.from);
    const to = Math.min(own.end, window.until);
    const reach = Math.max(LONG_STAY_SECONDS, rules.dwellSeconds(own.venue));
    for (const stay of await reader.staysAt(own.venue, from, to, reach)) {
      if (stay.person === person || stay.enteredAt >= to) continue;
      const key = `${stay.person}:${stay.enteredAt}:${stay.venue}`;
      if (found.has(key)) continue;
      const timed: TimedStay = { ...stay, ...stayEnd(stay, undefined, rules) };
      if (timed.end > from) found.set(key, { stay: timed, from, to });
    }
  }
  const imputed = [...found.values()].filter((item) => item.stay.endSource !== 'recorded');
  const next = await reader.nextEntriesOf(imputed.map(({ stay }) => ({ person: stay.person, after: stay.enteredAt, before: stay.end })));
  imputed.forEach((item, index) => {
    if (next[index] !== undefined) Object.assign(item.stay, stayEnd(item.stay, next[index], rules));
  });
  return [...found.values()].filter((item) => item.stay.end > item.from).map((item) => item.stay);
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
