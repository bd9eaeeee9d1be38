import { LocalDays, type TracingRules } from './rules.ts';
import type { LinkedPerson } from './people-links.ts';
import { coPresenceIntensity, combineIntensities, roundScore, secondaryScore, SETTING_INTENSITY } from './scoring.ts';
import type { StayReader } from './stay-store.ts';
import type { ExitSource } from './stays.ts';
import { traceVenueContacts, VenueFactCache, type VenueTrace } from './venue-contacts.ts';

/** How a candidate was exposed, strongest first: the first that applies names the candidate. */
export const contactCategories = ['household', 'close_copresence', 'class', 'team', 'workplace', 'venue_contact', 'same_day_visitor'] as const;
export type ContactCategory = (typeof contactCategories)[number];
/** Categories that make a close contact (9th edition, 密切接触者: living, studying or working together, or enough shared time). */
export const closeCategories: readonly ContactCategory[] = ['household', 'close_copresence', 'class', 'team'];
/** Close categories the population register settles by itself; shared time at a venue waits for an investigator's confirmation. */
const settledCategories: readonly ContactCategory[] = ['household', 'class', 'team'];

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
 *
 * A close contact, for the second degree, is one the investigation has settled: living, studying or working
 * together (the register says so), or confirmed by an epidemiologist (`confirmed`, person ids). Shared time at
 * a venue is a candidate until confirmed: at a busy market it names hundreds, and tracing all of their
 * contacts would name most of a county before anyone has looked (9th edition: 密接的密接 are the close
 * contacts of close contacts, who are determined by the investigation).
 */
export async function findCandidateContacts(
  sources: TracingSources,
  subject: TraceSubject,
  rules: TracingRules,
  controlledSince: (personIds: readonly string[]) => Promise<Map<string, number>>,
  now: number,
  confirmed: ReadonlySet<string> = new Set(),
): Promise<CandidateDraft[]> {
  const days = new LocalDays(rules.timeZone);
  const facts = new VenueFactCache(sources.stays);
  const [first] = await gatherContacts(sources, [subject], rules, days, facts, { sameDayVisitors: rules.alertSameDayVisitors, wholeWorkplace: true, closeOnly: false });
  first!.delete(subject.person.id);
  const drafts = [...first!.values()].map((gathered) => toDraft(gathered, 1, null, 1));
  if (!rules.traceSecondary) return drafts;

  const close = drafts.filter((draft) => settledCategories.includes(draft.category) || confirmed.has(draft.personId));
  const linked = await sources.linkedPeople(close.map((draft) => draft.personId));
  const controlled = await controlledSince(close.map((draft) => draft.personId));
  const traced: { contact: CandidateDraft; subject: TraceSubject }[] = [];
  for (const contact of close) {
    const person = linked.get(contact.personId);
    const window = { from: contact.firstExposureAt, until: Math.min(controlled.get(contact.personId) ?? now, now) };
    if (person && window.until > window.from) traced.push({ contact, subject: { person, window } });
  }
  // The close contacts are traced together: they were at the same places at the same times as the case.
  const found = await gatherContacts(
    sources,
    traced.map((item) => item.subject),
    rules,
    days,
    facts,
    { sameDayVisitors: false, wholeWorkplace: false, closeOnly: true },
  );
  const secondary = new Map<string, CandidateDraft>();
  traced.forEach(({ contact }, index) => {
    for (const gathered of found[index]!.values()) {
      if (gathered.personId === subject.person.id || first!.has(gathered.personId)) continue;
      const draft = toDraft(gathered, 2, contact.personId, contact.score);
      if (!closeCategories.includes(draft.category)) continue;
      const known = secondary.get(draft.personId);
      if (!known || draft.score > known.score) secondary.set(draft.personId, draft);
    }
  });
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

interface GatherOptions {
  sameDayVisitors: boolean;
  wholeWorkplace: boolean;
  /** Keep only close contacts at venues (for the second degree, which counts no others). */
  closeOnly: boolean;
}

/** Every channel of exposure to each subject, gathered per person; one map per subject, in order. */
async function gatherContacts(sources: TracingSources, subjects: readonly TraceSubject[], rules: TracingRules, days: LocalDays, facts: VenueFactCache, options: GatherOptions): Promise<Map<string, Gathered>[]> {
  const gathered = subjects.map(() => new Map<string, Gathered>());
  const keys = await sources.personKeysOf(subjects.map((subject) => subject.person.id));
  const venueSubjects = subjects.flatMap((subject) => {
    const person = keys.get(subject.person.id);
    return person === undefined ? [] : [{ person, window: subject.window }];
  });
  const traces = await traceVenueContacts(sources.stays, venueSubjects, rules, days, facts, { sameDayVisitors: options.sameDayVisitors });
  if (options.closeOnly) for (const trace of traces.values()) for (const [person, contact] of trace.contacts) if (!contact.close) trace.contacts.delete(person);
  const personIds = await sources.personIdsOf([...traces.values()].flatMap((trace) => [...trace.contacts.keys(), ...trace.sameDayVisitors.keys()]));
  const venueIds = await sources.venueIdsOf([...traces.values()].flatMap((trace) => trace.ownStays.map((stay) => stay.venue)));
  for (const [index, subject] of subjects.entries()) {
    const key = keys.get(subject.person.id);
    const trace = key === undefined ? undefined : traces.get(key);
    if (trace) addVenueContacts(trace, personIds, venueIds, rules, gathered[index]!);
    await addRegistryContacts(sources, subject, gathered[index]!, options);
  }
  return gathered;
}

/** The household, and the class or team (or whole workplace) of a subject, from the population register. */
async function addRegistryContacts(sources: TracingSources, subject: TraceSubject, gathered: Map<string, Gathered>, options: GatherOptions): Promise<void> {
  const { person, window } = subject;
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
}

/** The venue contacts and same-day visitors of a trace, under their person and venue ids. */
function addVenueContacts(trace: VenueTrace, personIds: ReadonlyMap<number, string>, venueIds: ReadonlyMap<number, string>, rules: TracingRules, gathered: Map<string, Gathered>): void {
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
