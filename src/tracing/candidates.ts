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

/** A case to trace, with the person ids of the contacts its investigation has confirmed so far. */
export interface CaseToTrace {
  subject: TraceSubject;
  confirmed: ReadonlySet<string>;
}

const SCHOOL_TYPES = new Set(['school', 'kindergarten', 'university']);

/**
 * How many cases, and how many of their close contacts, are traced together: enough to share the reads of
 * busy venues and of the people met there, few enough that their evidence stays small in memory (a case at
 * a busy venue has thousands of contacts, each with their own evidence).
 */
const CASES_TOGETHER = 50;
const CLOSE_CONTACTS_TOGETHER = 200;

/** What one tracing run learns once and asks again: local days and venue facts. */
interface TracingRun {
  days: LocalDays;
  facts: VenueFactCache;
}

/** A draft under construction: the evidence and intensities of each channel, merged per person. */
interface Gathered {
  personId: string;
  categories: Set<ContactCategory>;
  evidence: Evidence[];
  intensities: number[];
  peakSeconds: number | null;
}

/**
 * The candidate contacts of each case (PROTOCOL.md, Tracing parameters; 9th edition, 密切接触者判定), in
 * order: its household; everyone who shared time with it at venues during its infectious window (close at
 * the protocol's threshold, a venue contact below it) and, where the protocol alerts them, the venues'
 * same-day visitors; its class at school, or its team at work (the whole workplace when no team is
 * recorded). Where the protocol traces them, the close contacts of each close contact between their first
 * exposure and their being placed under control (`controlledSince`, else `now`) are secondary contacts.
 *
 * A close contact, for the second degree, is one the investigation has settled: living, studying or working
 * together (the register says so), or confirmed by an epidemiologist (`confirmed`, person ids). Shared time at
 * a venue is a candidate until confirmed: at a busy market it names hundreds, and tracing all of their
 * contacts would name most of a county before anyone has looked (9th edition: 密接的密接 are the close
 * contacts of close contacts, who are determined by the investigation).
 *
 * Cases reported together (a day's new cases) are traced together, so that they share reads; each case's
 * candidates are yielded in order as soon as they are known, so that a caller stores them and lets them go.
 */
export async function* findCandidateContacts(
  sources: TracingSources,
  cases: readonly CaseToTrace[],
  rules: TracingRules,
  controlledSince: (personIds: readonly string[]) => Promise<Map<string, number>>,
  now: number,
): AsyncGenerator<CandidateDraft[]> {
  const run: TracingRun = { days: new LocalDays(rules.timeZone), facts: new VenueFactCache(sources.stays) };
  for (let start = 0; start < cases.length; start += CASES_TOGETHER) {
    const together = cases.slice(start, start + CASES_TOGETHER);
    const gathered = await gatherContacts(sources, together.map((item) => item.subject), rules, run, { sameDayVisitors: rules.alertSameDayVisitors, wholeWorkplace: true, closeOnly: false });
    const first = together.map((item, index) => {
      gathered[index]!.delete(item.subject.person.id);
      return [...gathered[index]!.values()].map((entry) => toDraft(entry, 1, null, 1));
    });
    const second = rules.traceSecondary ? await findSecondaryContacts(sources, together, first, rules, run, controlledSince, now) : together.map(() => []);
    for (const [index, drafts] of first.entries()) yield drafts.concat(second[index]!);
  }
}

/** The secondary contacts of each case, through its settled or confirmed close contacts. */
async function findSecondaryContacts(
  sources: TracingSources,
  cases: readonly CaseToTrace[],
  first: readonly CandidateDraft[][],
  rules: TracingRules,
  run: TracingRun,
  controlledSince: (personIds: readonly string[]) => Promise<Map<string, number>>,
  now: number,
): Promise<CandidateDraft[][]> {
  const close = cases.map((item, index) => first[index]!.filter((draft) => settledCategories.includes(draft.category) || item.confirmed.has(draft.personId)));
  const closeIds = [...new Set(close.flat().map((draft) => draft.personId))];
  const linked = await sources.linkedPeople(closeIds);
  const controlled = await controlledSince(closeIds);
  const traced: { caseIndex: number; contact: CandidateDraft; subject: TraceSubject }[] = [];
  close.forEach((contacts, caseIndex) => {
    for (const contact of contacts) {
      const person = linked.get(contact.personId);
      const window = { from: contact.firstExposureAt, until: Math.min(controlled.get(contact.personId) ?? now, now) };
      if (person && window.until > window.from) traced.push({ caseIndex, contact, subject: { person, window } });
    }
  });
  const firstIds = first.map((drafts) => new Set(drafts.map((draft) => draft.personId)));
  const secondary = cases.map(() => new Map<string, CandidateDraft>());
  // Close contacts are traced together: they were at the same places at the same times as their case.
  for (let start = 0; start < traced.length; start += CLOSE_CONTACTS_TOGETHER) {
    const together = traced.slice(start, start + CLOSE_CONTACTS_TOGETHER);
    const found = await gatherContacts(sources, together.map((item) => item.subject), rules, run, { sameDayVisitors: false, wholeWorkplace: false, closeOnly: true });
    together.forEach(({ caseIndex, contact }, index) => {
      for (const gathered of found[index]!.values()) {
        if (gathered.personId === cases[caseIndex]!.subject.person.id || firstIds[caseIndex]!.has(gathered.personId)) continue;
        const draft = toDraft(gathered, 2, contact.personId, contact.score);
        if (!closeCategories.includes(draft.category)) continue;
        const known = secondary[caseIndex]!.get(draft.personId);
        if (!known || draft.score > known.score) secondary[caseIndex]!.set(draft.personId, draft);
      }
    });
  }
  return secondary.map((drafts) => [...drafts.values()]);
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
async function gatherContacts(sources: TracingSources, subjects: readonly TraceSubject[], rules: TracingRules, run: TracingRun, options: GatherOptions): Promise<Map<string, Gathered>[]> {
  const gathered = subjects.map(() => new Map<string, Gathered>());
  const keys = await sources.personKeysOf(subjects.map((subject) => subject.person.id));
  // Subjects who never checked in have no key, and no venue contacts.
  const venueSubjects = subjects.flatMap((subject, index) => {
    const person = keys.get(subject.person.id);
    return person === undefined ? [] : [{ index, subject: { person, window: subject.window } }];
  });
  const traces = await traceVenueContacts(sources.stays, venueSubjects.map((item) => item.subject), rules, run.days, run.facts, { sameDayVisitors: options.sameDayVisitors, closeOnly: options.closeOnly });
  const personIds = await sources.personIdsOf(traces.flatMap((trace) => [...trace.contacts.keys(), ...trace.sameDayVisitors.keys()]));
  const venueIds = await sources.venueIdsOf(traces.flatMap((trace) => trace.ownStays.map((stay) => stay.venue)));
  venueSubjects.forEach((item, index) => addVenueContacts(traces[index]!, personIds, venueIds, rules, gathered[item.index]!));
  for (const [index, subject] of subjects.entries()) await addRegistryContacts(sources, subject, gathered[index]!, options);
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
