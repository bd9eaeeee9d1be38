import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Case } from '../src/cases/model.ts';
import { importCheckinsCsv } from '../src/checkins/import.ts';
import { importChina } from '../src/jurisdictions/service.ts';
import { documentKey } from '../src/people/records.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { addDays } from '../src/platform/time.ts';
import { protocolInForce } from '../src/protocol/service.ts';
import { refPrefix } from '../src/sim/county-files.ts';
import { ROUTINE_SETTING_TYPES } from '../src/sim/daily.ts';
import { importSimulatedCounty } from '../src/sim/demo.ts';
import { loadDiseaseProfile } from '../src/sim/disease.ts';
import { RUN_FILES, runSimulation } from '../src/sim/run.ts';
import { synthesizeCounty, type SyntheticCounty } from '../src/sim/synthesize.ts';
import { closeCategories, type ContactCategory } from '../src/tracing/candidates.ts';
import type { Candidate } from '../src/tracing/model.ts';
import { tracingRulesFrom } from '../src/tracing/rules.ts';
import { createFixture, type Fixture } from './fixture.ts';

/*
 * How well contact tracing finds who was truly infected, measured against the simulator's ground truth: an
 * outbreak runs in a synthetic county, the platform receives only what it would in the field (places,
 * people, check-ins with the simulated scanning compliance), every infector of a household or venue
 * transmission is reported as a case and traced through the API, and the candidates are compared with who
 * infected whom and with everyone's true stays.
 *
 * SQLite only: what is measured is the engine's logic, which the dialect suites (tracing.api.test.ts) show
 * gives the same answers on PostgreSQL; importing a county and tracing it twice would double the longest
 * test of the suite for no new information.
 */

const COUNTY = { countyCode: '140703', persons: 5000, seed: 'validity', startDate: '2026-11-01' };
const DAYS = 21;
const IMPORTED_CASES = 10;
/** Enough cases for stable shares; beyond this, traces only add runtime. */
const MAX_INFECTORS = 300;
/**
 * The product's requirement: at least 95% of the transmissions between people who scanned are found. Found
 * means listed as a contact (any category but same-day visitor): a same-day visitor is an alert among about a
 * thousand per case, and every person who scanned at the venue that day is one, so counting alerts would
 * make venue recall 100% by construction. Both figures are printed.
 */
/** What venues alone reach now; see the test. */
const VENUE_RECALL_FLOOR = 0.85;
const RECALL_GOAL = 0.95;
/**
 * A floor for close co-presence: the share of close co-presence candidates whose true stay shared time with
 * the case's. It measures about 0.97 here; exits that were not scanned are imputed from the protocol's dwell
 * times, so some candidates never truly met the case, but under 0.85 imputation would be inventing close
 * contacts at a rate an investigation would notice.
 */
const CLOSE_COPRESENCE_PRECISION_FLOOR = 0.85;
/** The simulator writes local time in China (UTC+8, no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const CHINA_TIME_ZONE = 'Asia/Shanghai';
/** Venue types where the simulator mixes people as colleagues and classes rather than by co-presence. */
const WORK_AND_SCHOOL_TYPES: ReadonlySet<string | null | undefined> = ROUTINE_SETTING_TYPES;

interface TruthRow {
  infectee_document: string;
  infector_document: string;
  setting: string;
  venue_ref: string;
  infected_on: string;
  infected_at: string;
  onset_on: string;
  asymptomatic: string;
}

interface CheckinRow {
  person_document: string;
  venue_ref: string;
  entered_at: string;
  exited_at: string;
}

/** A check-in as the platform holds it: epoch seconds. */
interface Scan {
  venueRef: string;
  enteredAt: number;
  exitedAt: number | null;
}

interface TrueStay {
  venue: number;
  start: number;
  end: number;
  staff: boolean;
}

/** One infector reported and traced: the case as the API gave it, and its candidates by person id. */
interface TracedCase {
  view: Case;
  candidates: Map<string, Candidate>;
}

/** A true transmission tracing should find, and what tracing made of it. */
interface Judged {
  truth: TruthRow;
  category: ContactCategory | null;
  cause?: string;
  detail?: string;
}

/** Venue candidates of one kind: how many were listed, and how many truly shared time with the case (at all, or 15 minutes or more). */
interface PrecisionTally {
  listed: number;
  met: number;
  metFifteen: number;
}

/** Every true stay of the simulated period, by person and day, in local minutes. */
class TrueStays {
  private readonly byPersonDay = new Map<string, TrueStay[]>();

  add(person: number, day: number, stay: TrueStay): void {
    const key = `${person}:${day}`;
    const list = this.byPersonDay.get(key);
    if (list) list.push(stay);
    else this.byPersonDay.set(key, [stay]);
  }

  at(person: number, venue: number, day: number): TrueStay[] {
    return (this.byPersonDay.get(`${person}:${day}`) ?? []).filter((stay) => stay.venue === venue);
  }

  /** The most minutes two people's stays at a venue on a day shared; zero or less when they never met. */
  sharedMinutes(a: number, b: number, venue: number, day: number): number {
    let most = -Infinity;
    for (const one of this.at(a, venue, day)) for (const other of this.at(b, venue, day)) most = Math.max(most, Math.min(one.end, other.end) - Math.max(one.start, other.start));
    return most;
  }
}

const readCsv = <Row>(file: string): Row[] => parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
const seconds = (instant: string) => Math.floor(Date.parse(instant) / 1000);
const localDateOf = (epochMs: number) => new Date(epochMs + CHINA_OFFSET_MS).toISOString().slice(0, 10);
const localMinuteOf = (epochMs: number) => Math.round(((epochMs + CHINA_OFFSET_MS) % DAY_MS) / 60_000);
const clockTime = (epochSeconds: number) => new Date(epochSeconds * 1000 + CHINA_OFFSET_MS).toISOString().slice(11, 16);
const minuteTime = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const share = (part: number, whole: number) => (whole === 0 ? NaN : part / whole);
const percent = (value: number) => (Number.isNaN(value) ? 'n/a' : `${(value * 100).toFixed(1)}%`);
const isContact = (category: ContactCategory | null) => category !== null && category !== 'same_day_visitor';

describe('contact tracing against the simulator’s ground truth [sqlite]', () => {
  let fixture: Fixture;
  let folder = '';
  let county: SyntheticCounty;
  const stays = new TrueStays();
  const traced = new Map<string, TracedCase>();
  let truth: TruthRow[] = [];
  const scansOf = new Map<string, Scan[]>();
  const personIdOf = new Map<string, string>();
  const indexOfPerson = new Map<string, number>();
  const indexOfVenue = new Map<string, number>();
  const venueTypeOf = new Map<number, string | null>();
  let dwellSecondsOf: (venue: number) => number = () => 0;
  let lookbackDays = 0;
  let infectorsTotal = 0;
  let checkinCount = 0;
  let elapsedSeconds = 0;

  const dayOf = (date: string) => Math.round((Date.parse(date) - Date.parse(COUNTY.startDate)) / DAY_MS);
  const personOf = (document: string) => indexOfPerson.get(personIdOf.get(document)!)!;
  const venueOfRef = (ref: string) => Number(ref.slice(ref.lastIndexOf('-v') + 2));

  beforeAll(async () => {
    const started = Date.now();
    fixture = await createFixture('sqlite');
    await importChina(fixture.platform, systemActor('test'), { everywhereDownTo: 'county', fullDepthWithin: ['140703'] });
    county = await synthesizeCounty(COUNTY);
    folder = mkdtempSync(join(tmpdir(), 'bulwark-tracing-validity-'));
    runSimulation(county, loadDiseaseProfile('omicron'), folder, {
      days: DAYS,
      importedCases: IMPORTED_CASES,
      seed: COUNTY.seed,
      onDay: ({ day, visits }) => {
        for (let index = 0; index < visits.count; index++) {
          stays.add(visits.person[index]!, day, { venue: visits.venue[index]!, start: visits.start[index]!, end: visits.end[index]!, staff: visits.routine[index] === 1 });
        }
      },
    });

    // Two days after the last simulated day: every infector's onset or sampling date has come (onset is at most
    // two days after a transmission, sampling three days after infection), and the first day's check-ins are
    // still within the protocol's retention.
    fixture.clock.set(new Date(`${addDays(COUNTY.startDate, DAYS + 2)}T12:00:00+08:00`));
    const loaded = await importSimulatedCounty(fixture.platform, folder, () => {});
    expect(loaded.places.rejected).toEqual([]);
    expect(loaded.people.rejected).toEqual([]);
    const imported = await importCheckinsCsv(fixture.platform, systemActor('test'), createReadStream(join(folder, RUN_FILES.checkins)));
    expect(imported.rejected.slice(0, 5)).toEqual([]);

    const db = fixture.platform.database.db;
    const byHash = new Map((await db.selectFrom('people').select(['id', 'document_number_hash']).execute()).map((row) => [row.document_number_hash, row.id]));
    for (let person = 0; person < county.people.count; person++) {
      const document = county.identity.document(person);
      const id = byHash.get(documentKey(fixture.platform.protector, 'resident_id', document.toUpperCase()).hash)!;
      personIdOf.set(document, id);
      indexOfPerson.set(id, person);
    }
    const prefix = refPrefix(county);
    for (const venue of await db.selectFrom('places').select(['id', 'external_ref', 'venue_type']).where('kind', '=', 'venue').where('external_ref', 'like', `${prefix}-v%`).execute()) {
      indexOfVenue.set(venue.id, venueOfRef(venue.external_ref!));
      venueTypeOf.set(venueOfRef(venue.external_ref!), venue.venue_type);
    }
    const rules = tracingRulesFrom(await protocolInForce(fixture.platform, COUNTY.countyCode, localDateOf(fixture.clock.now().getTime())), CHINA_TIME_ZONE);
    dwellSecondsOf = (venue) => rules.dwellSeconds(venueTypeOf.get(venue) ?? null);
    lookbackDays = rules.lookbackDays;

    truth = readCsv<TruthRow>(join(folder, RUN_FILES.truthInfections));
    const checkins = readCsv<CheckinRow>(join(folder, RUN_FILES.checkins));
    checkinCount = checkins.length;
    for (const row of checkins) {
      const scan = { venueRef: row.venue_ref, enteredAt: seconds(row.entered_at), exitedAt: row.exited_at ? seconds(row.exited_at) : null };
      const list = scansOf.get(row.person_document);
      if (list) list.push(scan);
      else scansOf.set(row.person_document, [scan]);
    }
    for (const list of scansOf.values()) list.sort((a, b) => a.enteredAt - b.enteredAt);
    const positives = new Map<string, string>();
    for (const result of readCsv<{ person_document: string; sampled_on: string; result: string }>(join(folder, RUN_FILES.testResults))) {
      if (result.result === 'positive' && !positives.has(result.person_document)) positives.set(result.person_document, result.sampled_on);
    }

    const ownRow = new Map(truth.map((row) => [row.infectee_document, row]));
    const infectors = [...new Set(truth.filter((row) => row.infector_document && (row.setting === 'household' || row.setting === 'venue')).map((row) => row.infector_document))];
    infectorsTotal = infectors.length;
    const epidemiologist = await fixture.tokenFor('epidemiologist', COUNTY.countyCode);
    const now = fixture.clock.now().getTime();
    const today = localDateOf(now);
    for (const infector of infectors.slice(0, MAX_INFECTORS)) {
      const own = ownRow.get(infector)!;
      const asymptomatic = own.asymptomatic === 'true';
      // An infection without symptoms is found by a test: its first positive sample, else three days after infection.
      const sampledDate = asymptomatic ? (positives.get(infector) ?? addDays(own.infected_on, 3)) : null;
      const anchor = sampledDate ?? own.onset_on;
      expect(anchor <= today, `${anchor} is after ${today}`).toBe(true);
      // Detected the morning after onset or sampling, and never later than an hour ago.
      const detectedAt = new Date(Math.min(Date.parse(`${addDays(anchor, 1)}T10:00:00+08:00`), now - 3_600_000)).toISOString();
      const created = await fixture.request(epidemiologist, 'POST', '/api/v1/cases', {
        personId: personIdOf.get(infector),
        classification: asymptomatic ? 'asymptomatic' : 'confirmed',
        basis: 'positive_test',
        ...(asymptomatic ? { sampledDate } : { onsetDate: own.onset_on }),
        detectedAt,
      });
      expect(created.statusCode, created.body).toBe(201);
      const view = created.json() as Case;
      // The window starts at local midnight in China: the simulated people live under the imported divisions' zone.
      expect(view.infectiousFrom).toBe(new Date(`${addDays(anchor, -lookbackDays)}T00:00:00+08:00`).toISOString());
      const trace = await fixture.request(epidemiologist, 'POST', `/api/v1/cases/${view.id}/trace`);
      expect(trace.statusCode, trace.body).toBe(200);
      const candidates = new Map<string, Candidate>();
      let cursor: string | null = null;
      do {
        const page = await fixture.request(epidemiologist, 'GET', `/api/v1/cases/${view.id}/contacts?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.statusCode, page.body).toBe(200);
        const body = page.json() as { items: Candidate[]; nextCursor: string | null };
        for (const item of body.items) candidates.set(item.personId, item);
        cursor = body.nextCursor;
      } while (cursor);
      traced.set(infector, { view, candidates });
    }
    elapsedSeconds = (Date.now() - started) / 1000;
  }, 300_000);

  afterAll(async () => {
    await fixture?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** A person's check-ins at a venue on a local date. */
  const scansAt = (document: string, venueRef: string, date: string) => (scansOf.get(document) ?? []).filter((scan) => scan.venueRef === venueRef && localDateOf(scan.enteredAt * 1000) === date);

  /**
   * The end of a scanned stay as the protocol imputes it (PROTOCOL.md, Tracing parameters): the recorded exit,
   * else the earliest of the next check-in, the dwell time of the venue type and the end of the local day.
   */
  function imputedEnd(document: string, scan: Scan, venue: number): { end: number; source: string } {
    if (scan.exitedAt !== null) return { end: scan.exitedAt, source: 'recorded' };
    const dayEnd = Date.parse(`${addDays(localDateOf(scan.enteredAt * 1000), 1)}T00:00:00+08:00`) / 1000;
    const next = (scansOf.get(document) ?? []).find((other) => other.enteredAt > scan.enteredAt)?.enteredAt ?? Infinity;
    const dwell = scan.enteredAt + dwellSecondsOf(venue);
    const end = Math.min(dwell, dayEnd, next);
    return { end, source: end === next ? 'next_checkin' : end === dwell ? 'dwell' : 'end_of_day' };
  }

  /** Why a venue transmission between people who scanned was not listed as a contact, from the records and the truth. */
  function explainVenueMiss(row: TruthRow, tracedCase: TracedCase): { cause: string; detail: string } {
    const venue = venueOfRef(row.venue_ref);
    const day = dayOf(row.infected_on);
    const sides = [row.infector_document, row.infectee_document].map((document) => {
      const person = personOf(document);
      const scans = scansAt(document, row.venue_ref, row.infected_on).map((scan) => ({ ...scan, ...imputedEnd(document, scan, venue) }));
      return { scans, trueStays: stays.at(person, venue, day), staff: county.activities.affiliation[person] === venue };
    });
    const describe = (side: (typeof sides)[number]) =>
      `true ${side.trueStays.map((stay) => `${minuteTime(stay.start)}-${minuteTime(stay.end)}`).join(', ')}${side.staff ? ' (staff)' : ''}; scanned ${side.scans
        .map((scan) => `${clockTime(scan.enteredAt)}-${clockTime(scan.end)} (${scan.source})`)
        .join(', ')}`;
    const detail = `${venueTypeOf.get(venue)}, infector ${describe(sides[0]!)} | infectee ${describe(sides[1]!)}`;
    if (Date.parse(row.infected_at) < Date.parse(tracedCase.view.infectiousFrom)) return { cause: 'before the infectious window', detail: `${detail}; window from ${tracedCase.view.infectiousFrom}` };
    // The stays during which the transmission happened, and their check-ins (a check-in's entry is its stay's start).
    const minute = localMinuteOf(Date.parse(row.infected_at));
    const atTransmission = sides.map((side) => {
      const stay = side.trueStays.find((each) => each.start <= minute && minute <= each.end);
      return { side, stay, scan: side.scans.find((scan) => stay && localMinuteOf(scan.enteredAt * 1000) === stay.start) };
    });
    const unscanned = atTransmission.filter((each) => !each.scan);
    if (unscanned.length > 0) return { cause: 'the visit of the transmission was not scanned (another visit that day was)', detail };
    const [first, second] = [...atTransmission].sort((a, b) => a.scan!.enteredAt - b.scan!.enteredAt) as [(typeof atTransmission)[number], (typeof atTransmission)[number]];
    if (first.scan!.end > second.scan!.enteredAt) return { cause: 'the records overlap, yet no contact was listed', detail };
    if (first.scan!.source !== 'dwell') return { cause: `the exit was imputed from the ${first.scan!.source.replace('_', ' ')}`, detail };
    return first.side.staff ? { cause: 'a staff member’s shift at their own venue imputed as a visit of the venue type’s dwell time', detail } : { cause: 'a visit longer than the venue type’s dwell time, exit not scanned', detail };
  }

  let judged: { household: Judged[]; venue: Judged[] } | undefined;
  function judgeRecall(): { household: Judged[]; venue: Judged[] } {
    if (judged) return judged;
    const household: Judged[] = [];
    const venue: Judged[] = [];
    for (const row of truth) {
      const tracedCase = traced.get(row.infector_document);
      if (!tracedCase) continue;
      const scanned = (document: string) => scansAt(document, row.venue_ref, row.infected_on).length > 0;
      if (row.setting !== 'household' && !(row.setting === 'venue' && scanned(row.infector_document) && scanned(row.infectee_document))) continue;
      const candidate = tracedCase.candidates.get(personIdOf.get(row.infectee_document)!);
      const item: Judged = { truth: row, category: candidate?.degree === 1 ? candidate.category : null };
      if (!isContact(item.category)) Object.assign(item, row.setting === 'venue' ? explainVenueMiss(row, tracedCase) : { cause: 'not registered in the infector’s household', detail: '' });
      (row.setting === 'household' ? household : venue).push(item);
    }
    return (judged = { household, venue });
  }

  let precision: ReturnType<typeof measurePrecision> | undefined;
  function measurePrecision() {
    const tally = (): PrecisionTally => ({ listed: 0, met: 0, metFifteen: 0 });
    const venueCandidates = { close_copresence: tally(), venue_contact: tally(), closeAtWorkOrSchool: tally(), closeElsewhere: tally() };
    let householdListed = 0;
    let householdTrue = 0;
    const sameDayVisitors: number[] = [];
    const perCategory = new Map<string, number>();
    for (const [infector, { candidates }] of traced) {
      const casePerson = personOf(infector);
      let sameDay = 0;
      for (const candidate of candidates.values()) {
        perCategory.set(`${candidate.degree}:${candidate.category}`, (perCategory.get(`${candidate.degree}:${candidate.category}`) ?? 0) + 1);
        if (candidate.degree !== 1) continue;
        const person = indexOfPerson.get(candidate.personId)!;
        if (candidate.category === 'same_day_visitor') sameDay++;
        if (candidate.category === 'household') {
          householdListed++;
          if (county.people.household[person] === county.people.household[casePerson]) householdTrue++;
        }
        if (candidate.category !== 'close_copresence' && candidate.category !== 'venue_contact') continue;
        let most = -Infinity;
        let atWorkOrSchool = false;
        for (const evidence of candidate.evidence) {
          if (evidence.kind !== 'venue') continue;
          const venue = indexOfVenue.get(evidence.venueId)!;
          atWorkOrSchool ||= WORK_AND_SCHOOL_TYPES.has(venueTypeOf.get(venue));
          most = Math.max(most, stays.sharedMinutes(casePerson, person, venue, dayOf(localDateOf(Date.parse(evidence.from)))));
        }
        const groups: PrecisionTally[] = [venueCandidates[candidate.category]];
        if (candidate.category === 'close_copresence') groups.push(atWorkOrSchool ? venueCandidates.closeAtWorkOrSchool : venueCandidates.closeElsewhere);
        for (const group of groups) {
          group.listed++;
          if (most > 0) group.met++;
          if (most >= 15) group.metFifteen++;
        }
      }
      sameDayVisitors.push(sameDay);
    }
    return { venueCandidates, householdListed, householdTrue, sameDayVisitors, perCategory };
  }
  const precisionFigures = () => (precision ??= measurePrecision());

  test('finds at least 95% of the true household and venue transmissions between people who scanned', () => {
    const { household, venue } = judgeRecall();
    const all = [...household, ...venue];
    const found = (list: Judged[], counts: (category: ContactCategory) => boolean) => share(list.filter((item) => item.category !== null && counts(item.category)).length, list.length);
    const line = (name: string, list: Judged[]) =>
      `${name}: ${percent(found(list, isContact))} as a contact, ${percent(found(list, (category) => closeCategories.includes(category)))} as a close contact, ${percent(found(list, () => true))} counting same-day alerts (n=${list.length})`;
    const { venueCandidates, householdListed, householdTrue, sameDayVisitors, perCategory } = precisionFigures();
    const met = (name: keyof typeof venueCandidates) => {
      const { listed, met: metAny, metFifteen } = venueCandidates[name];
      return `${percent(share(metAny, listed))} met, ${percent(share(metFifteen, listed))} for 15+ min (n=${listed})`;
    };
    const sorted = [...sameDayVisitors].sort((a, b) => a - b);
    const settings = Object.fromEntries([...new Set(truth.map((row) => row.setting))].map((setting) => [setting, truth.filter((row) => row.setting === setting).length]));
    const misses = all.filter((item) => item.cause);
    const causes = new Map<string, number>();
    for (const item of misses) causes.set(item.cause!, (causes.get(item.cause!) ?? 0) + 1);
    const perCase = [...perCategory].map(([key, count]) => `${key.startsWith('2:') ? 'degree 2 ' : ''}${key.slice(2)} ${(count / Math.max(1, traced.size)).toFixed(1)}`).join(', ');
    const examples = misses.slice(0, 8).map((item) => `  ${item.truth.setting} ${item.truth.infected_at || item.truth.infected_on}${item.category ? ` (only a ${item.category})` : ''}: ${item.cause}; ${item.detail}`);
    console.log(
      [
        `tracing validity (${COUNTY.persons} persons in ${COUNTY.countyCode}, ${DAYS} days, omicron, ${IMPORTED_CASES} imported, seed ${COUNTY.seed}): infections ${JSON.stringify(settings)}, ${checkinCount} check-ins`,
        `cases traced ${traced.size} of ${infectorsTotal} infectors of household or venue transmissions, in ${elapsedSeconds.toFixed(1)} s with the import; candidates per case: ${perCase}`,
        `recall ${line('overall', all)}`,
        `recall ${line('household', household)}`,
        `recall ${line('venue, both scanned', venue)}`,
        `precision close_copresence ${met('close_copresence')}; at workplaces and schools ${met('closeAtWorkOrSchool')}; elsewhere ${met('closeElsewhere')}`,
        `precision venue_contact ${met('venue_contact')}; household ${percent(share(householdTrue, householdListed))} true members (n=${householdListed})`,
        `same-day visitors per case: mean ${(sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length)).toFixed(1)}, median ${sorted[Math.floor(sorted.length / 2)] ?? 0}, max ${sorted[sorted.length - 1] ?? 0}`,
        `misses by cause: ${[...causes].map(([cause, count]) => `${cause} ${count}`).join('; ') || 'none'}`,
        ...examples,
      ].join('\n'),
    );

    expect(householdTrue).toBe(householdListed);
    expect(venue.length).toBeGreaterThanOrEqual(30);
    const why = `misses by cause: ${JSON.stringify(Object.fromEntries(causes))}; for example:\n${examples.join('\n')}`;
    // The goal is set on household and venue transmissions together, between people who scanned.
    const overall = found(all, isContact);
    expect(overall, `recall ${percent(overall)} is below the goal of ${percent(RECALL_GOAL)}; ${why}`).toBeGreaterThanOrEqual(RECALL_GOAL);
    // Venues alone fall short of it for two causes the records cannot overcome or the protocol sets: the visit
    // that transmitted was not the one scanned, or a long visit without a scanned exit was imputed the
    // protocol's typical stay for the venue type (a mean, which many visits exceed). This floor guards the
    // engine against losing what it finds now (89.7% with this seed).
    const venueOnly = found(venue, isContact);
    expect(venueOnly, `venue recall ${percent(venueOnly)}; ${why}`).toBeGreaterThanOrEqual(VENUE_RECALL_FLOOR);
  });

  test('close co-presence candidates shared time with the case in truth', () => {
    const { close_copresence: close } = precisionFigures().venueCandidates;
    expect(close.listed).toBeGreaterThan(100);
    expect(share(close.met, close.listed)).toBeGreaterThanOrEqual(CLOSE_COPRESENCE_PRECISION_FLOOR);
  });
});
