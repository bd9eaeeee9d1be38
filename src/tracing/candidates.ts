import { LocalDays, type TracingRules } from './rules.ts';
import type { LinkedPerson } from './people-links.ts';
import { coPresenceIntensity, combineIntensities, roundScore, secondaryScore, SETTING_INTENSITY } from './scoring.ts';
import type { StayReader } from './stay-store.ts';
import type { ExitSource } from './stays.ts';
import { traceVenueContacts, VenueTypes, type VenueTrace } from './venue-contacts.ts';

/** How a candidate was exposed, strongest first: the first that applies names the candidate. */
export const contactCategories = ['household', 'close_copresence', 'class', 'team', 'workplace', 'venue_contact', 'same_day_visitor'] as const;
export type ContactCategory = (typeof contactCategories)[number];
/** Categories that make a close contact (9th edition, 密切接触者: living, studying or working together, or enough shared time). */
export const closeCategories: readonly ContactCategory[] = ['household', 'close_copresence', 'class', 'team'];

/** One piece of evidence of exposure; instants are epoch seconds here and ISO text in the API. */
export type Evidence =
  | { kind: 'venue'; venueId: string; from: number; to: number; minutes: number; indexExit: ExitSource; contactExit: ExitSource }
  | { kind: 'household'; householdId: string; from: number; to: number }
  | { kind: 'affiliation'; affiliationId: string; group: string | null; from: number; to: number }
  | { kind: 'same_day_visit'; venueId: string; date: string; enteredAt: number };

/** A candidate contact as the engine finds it, before it is stored. */
export interface CandidateDraft {
  personId: string;
  degree: 1 | 2;
  /** For a secondary contact: the close contact through whom. */
  viaPersonId: string | null;
  category: ContactCategory;
  evidence: Evidence[];
  firstExposureAt: number;
  lastExposureAt: number;
  /** Shared time at venues within the protocol's window, when there was any. */
  exposureMinutes: number | null;
  score: number;
}

/** What the engine reads; the service gives it the platform's stores, a benchmark its own. */
export interface TracingSources {
  stays: StayReader;
  personIdsOf(keys: readonly number[]): Promise<Map<number, string>>;
  personKeysOf(ids: readonly string[]): Promise<Map<string, number>>;
  venueIdsOf(keys: readonly number[]): Promise<Map<number, string>>;
  linkedPeople(ids: readonly string[]): Promise<Map<string, LinkedPerson>>;
  householdMembers(householdId: string): Promise<LinkedPerson[]>;
  affiliates(affiliationId: string, group: string | null): Promise<LinkedPerson[]>;
  venueTypeOfPlace(placeId: string): Promise<string | null>;
}

/** The person traced: a case (first degree) or a close contact (second degree), over their window. */
export interface TraceSubject {
  person: LinkedPerson;
  window: { from: number; until: number };
}

const SCHOOL_TYPES = new Set(['school', 'kindergarten', 'university']);

/** A draft under construction: the evidence and intensities of each channel, merged per person. */
interface Gathered {
  personId: string;
  categories: Set<ContactCategory>;
  evidence: Evidence[];
  intensities: number[];
  peakSeconds: number | null;
}

/**
 * The candidate contacts of a case (PROTOCOL.md, Tracing parameters; 9th edition, 密切接触者判定): its
 * household; everyone who shared time with it at venues during its infectious window (close at the
 * protocol's threshold, a venue contact below it) and, where the protocol alerts them, the venues' same-day
 * visitors; its class at school, or its team at work (the whole workplace when no team is recorded). Where
 * the protocol traces them, the close contacts of each close contact between their first exposure and
 * their being placed under control (`controlledSince`, else `now`) are secondary contacts.
 */
export async function findCandidateContacts(
  sources: TracingSources,
  subject: TraceSubject,
  rules: TracingRules,
  controlledSince: (personIds: readonly string[]) => Promise<Map<string, number>>,
  now: number,
): Promise<CandidateDraft[]> {
  const days = new LocalDays(rules.timeZone);
  const types = new VenueTypes(sources.stays);
  const first = await gatherContacts(sources, subject, rules, days, types, { sameDayVisitors: rules.alertSameDayVisitors, wholeWorkplace: true });
  first.delete(subject.person.id);
  const drafts = [...first.values()].map((gathered) => toDraft(gathered, 1, null, 1));
  if (!rules.traceSecondary) return drafts;

  const secondary = new Map<string, CandidateDraft>();
  const closeIds = drafts.filter((draft) => closeCategories.includes(draft.category)).map((draft) => draft.personId);
  const linked = await sources.linkedPeople(closeIds);
  const controlled = await controlledSince(closeIds);
  for (const contact of drafts) {
    const person = linked.get(contact.personId);
    if (!person || !closeCategories.includes(contact.category)) continue;
    const window = { from: contact.firstExposureAt, until: Math.min(controlled.get(contact.personId) ?? now, now) };
    if (window.until <= window.from) continue;
    const found = await gatherContacts(sources, { person, window }, rules, days, types, { sameDayVisitors: false, wholeWorkplace: false });
    for (const gathered of found.values()) {
      if (gathered.personId === subject.person.id || first.has(gathered.personId)) continue;
      const draft = toDraft(gathered, 2, contact.personId, contact.score);
      if (!closeCategories.includes(draft.category)) continue;
      const known = secondary.get(draft.personId);
      if (!known || draft.score > known.score) secondary.set(draft.personId, draft);
    }
  }
  return drafts.concat([...secondary.values()]);
}

function add(gathered: Map<string, Gathered>, personId: string, category: ContactCategory, evidence: Evidence[], intensity: number, peakSeconds: number | null = null): void {
  let entry = gathered.get(personId);
  if (!entry) gathered.set(personId, (entry = { personId, categories: new Set(), evidence: [], intensities: [], peakSeconds: null }));
  entry.categories.add(category);
  entry.evidence.push(...evidence);
  entry.intensities.push(intensity);
  if (peakSeconds !== null) entry.peakSeconds = Math.max(entry.peakSeconds ?? 0, peakSeconds);
}

/** Every channel of exposure to one subject, gathered per person. */
async function gatherContacts(
  sources: TracingSources,
  subject: TraceSubject,
  rules: TracingRules,
  days: LocalDays,
  types: VenueTypes,
  options: { sameDayVisitors: boolean; wholeWorkplace: boolean },
): Promise<Map<string, Gathered>> {
  const gathered = new Map<string, Gathered>();
  const { person, window } = subject;
  const personKey = (await sources.personKeysOf([person.id])).get(person.id);
  if (personKey !== undefined) {
    const trace = await traceVenueContacts(sources.stays, personKey, window, rules, days, types, { sameDayVisitors: options.sameDayVisitors });
    await addVenueContacts(sources, trace, rules, gathered);
  }
  if (person.householdId) {
    const evidence: Evidence = { kind: 'household', householdId: person.householdId, from: window.from, to: window.until };
    for (const member of await sources.householdMembers(person.householdId)) if (member.id !== person.id) add(gathered, member.id, 'household', [evidence], SETTING_INTENSITY.household);
  }
  if (person.affiliationId) {
    const isSchool = SCHOOL_TYPES.has((await sources.venueTypeOfPlace(person.affiliationId)) ?? '');
    // A whole school is no contact group: without a class, co-presence at the school's check-ins is the evidence.
    if (person.affiliationGroup !== null || (!isSchool && options.wholeWorkplace)) {
      const category: ContactCategory = person.affiliationGroup === null ? 'workplace' : isSchool ? 'class' : 'team';
      const evidence: Evidence = { kind: 'affiliation', affiliationId: person.affiliationId, group: person.affiliationGroup, from: window.from, to: window.until };
      for (const peer of await sources.affiliates(person.affiliationId, person.affiliationGroup)) {
        if (peer.id !== person.id) add(gathered, peer.id, category, [evidence], SETTING_INTENSITY[category === 'class' ? 'class' : category === 'team' ? 'team' : 'workplace']);
      }
    }
  }
  return gathered;
}

/** The venue contacts and same-day visitors of a trace, under their person and venue ids. */
async function addVenueContacts(sources: TracingSources, trace: VenueTrace, rules: TracingRules, gathered: Map<string, Gathered>): Promise<void> {
  const personIds = await sources.personIdsOf([...trace.contacts.keys(), ...trace.sameDayVisitors.keys()]);
  const venueKeys = [...trace.contacts.values()].flatMap((contact) => contact.exposures.map((exposure) => exposure.venue)).concat([...trace.sameDayVisitors.values()].flatMap((visits) => visits.map((visit) => visit.venue)));
  const venueIds = await sources.venueIdsOf(venueKeys);
  for (const contact of trace.contacts.values()) {
    const personId = personIds.get(contact.person);
    if (!personId) continue;
    const evidence: Evidence[] = contact.exposures.map((exposure) => ({
      kind: 'venue',
      venueId: venueIds.get(exposure.venue)!,
      from: exposure.from,
      to: exposure.to,
      minutes: Math.round((exposure.to - exposure.from) / 60),
      indexExit: exposure.caseStay.endSource,
      contactExit: exposure.contactStay.endSource,
    }));
    add(gathered, personId, contact.close ? 'close_copresence' : 'venue_contact', evidence, coPresenceIntensity(contact.peakSeconds, rules.closeSeconds), contact.peakSeconds);
  }
  for (const [person, visits] of trace.sameDayVisitors) {
    const personId = personIds.get(person);
    if (!personId) continue;
    const evidence: Evidence[] = visits.map((visit) => ({ kind: 'same_day_visit', venueId: venueIds.get(visit.venue)!, date: visit.date, enteredAt: visit.enteredAt }));
    add(gathered, personId, 'same_day_visitor', evidence, SETTING_INTENSITY.sameDayVisit);
  }
}

const startOf = (evidence: Evidence) => (evidence.kind === 'same_day_visit' ? evidence.enteredAt : evidence.from);
const endOf = (evidence: Evidence) => (evidence.kind === 'same_day_visit' ? evidence.enteredAt : evidence.to);

function toDraft(gathered: Gathered, degree: 1 | 2, viaPersonId: string | null, viaScore: number): CandidateDraft {
  const category = contactCategories.find((candidate) => gathered.categories.has(candidate))!;
  const score = combineIntensities(gathered.intensities);
  return {
    personId: gathered.personId,
    degree,
    viaPersonId,
    category,
    evidence: gathered.evidence,
    firstExposureAt: Math.min(...gathered.evidence.map(startOf)),
    lastExposureAt: Math.max(...gathered.evidence.map(endOf)),
    exposureMinutes: gathered.peakSeconds === null ? null : Math.round(gathered.peakSeconds / 60),
    score: roundScore(degree === 1 ? score : secondaryScore(score, viaScore)),
  };
}
