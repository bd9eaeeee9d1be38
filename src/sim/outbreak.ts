import { totalHazard, susceptibilityByAge, type DiseaseProfile } from './disease.ts';
import { createDailyLife, ROUTINE_SETTING_TYPES, type Visits } from './daily.ts';
import { Random } from './random.ts';
import type { SyntheticCounty } from './synthesize.ts';
import { OCCUPATION } from './venues.ts';

export const NEVER = -1_000_000;

/** Where a transmission happened. */
export const SETTINGS = ['imported', 'household', 'workplace', 'school', 'venue'] as const;
export type Setting = (typeof SETTINGS)[number];
/** Settings an intervention can stop a person mixing in. */
export type MixingSetting = Exclude<Setting, 'imported'>;

/** What the platform (or a drill script) does before a day is simulated. */
export type Intervention =
  | { kind: 'isolate'; person: number; settings: MixingSetting[]; days?: number }
  | { kind: 'release'; person: number }
  | { kind: 'seal-household'; household: number; days?: number }
  | { kind: 'seal-building'; structure: number; days?: number }
  | { kind: 'close-venue'; venue: number; days?: number }
  | { kind: 'test'; person: number };

/** One true transmission (or importation), as the ground truth records it. */
export interface Infection {
  infectee: number;
  infector: number;
  setting: Setting;
  venue: number;
  day: number;
  /** Minutes after midnight for venue transmissions (the middle of the overlap), else -1. */
  minute: number;
}

export interface TestResult {
  person: number;
  sampledDay: number;
  positive: boolean;
}

export interface DayOutcome {
  day: number;
  /** The day's stays; valid until the next step, which reuses the arrays. */
  visits: Visits;
  infections: Infection[];
  testResults: TestResult[];
}

const SETTING_BIT: Record<MixingSetting, number> = { household: 1, workplace: 2, school: 4, venue: 8 };
const DAY_MS = 86_400_000;

/**
 * The outbreak on top of daily life, a day at a time. Each day: interventions take effect, people go about
 * their day (work, school, errands), then infectious people transmit at home, to colleagues, to classmates
 * and to people co-present at venues, with a hazard of infectiousness x susceptibility x exposure. Every
 * infection is recorded with its infector, setting, place and time: the ground truth.
 */
export class OutbreakSimulation {
  readonly infectedDay: Int32Array;
  readonly onsetDay: Int32Array;
  readonly asymptomatic: Uint8Array;
  readonly fever: Uint8Array;
  readonly infector: Int32Array;
  readonly infections: Infection[] = [];
  day = 0;

  private readonly random: Random;
  private readonly susceptibility: Float32Array;
  private readonly infectiousScale: Float32Array;
  private readonly blocked: Uint8Array;
  private readonly blockedUntil: Int32Array;
  private readonly venueClosedUntil: Int32Array;
  private readonly pendingTests: number[] = [];
  private readonly active: number[] = [];
  private readonly life;
  private readonly ringOrder: Int32Array;
  private readonly ringPosition: Int32Array;
  private readonly ringStart: Int32Array;
  private readonly ringEnd: Int32Array;
  private readonly groupStart: Int32Array;
  private readonly groupMembers: Int32Array;
  private readonly hazard;
  private readonly startTime: number;
  private readonly attending: Uint8Array;
  /** 1 for venues where visitors mix by co-presence (not workplaces or schools, modelled by colleagues and classes). */
  private readonly coPresenceVenue: Uint8Array;
  private readonly venueStart: Int32Array;
  private readonly venueFill: Int32Array;
  private venueOrder = new Int32Array(0);

  constructor(
    readonly county: SyntheticCounty,
    readonly profile: DiseaseProfile,
    seed: string,
  ) {
    const count = county.people.count;
    this.random = new Random(`${seed}:outbreak`);
    this.startTime = Date.parse(`${county.startDate}T00:00:00Z`);
    this.infectedDay = new Int32Array(count).fill(NEVER);
    this.onsetDay = new Int32Array(count).fill(NEVER);
    this.asymptomatic = new Uint8Array(count);
    this.fever = new Uint8Array(count);
    this.infector = new Int32Array(count).fill(-1);
    this.infectiousScale = new Float32Array(count);
    this.blocked = new Uint8Array(count);
    this.blockedUntil = new Int32Array(count).fill(NEVER);
    this.venueClosedUntil = new Int32Array(county.activities.venues.length).fill(NEVER);
    const byAge = susceptibilityByAge(profile);
    const immunity = new Random(`${seed}:immunity`);
    this.susceptibility = Float32Array.from(county.people.age, (age) => (immunity.chance(profile.immuneShare.value) ? 0 : byAge[age]!));
    this.life = createDailyLife(county);
    this.attending = new Uint8Array(count);
    this.coPresenceVenue = Uint8Array.from(county.activities.venues, (venue) => (ROUTINE_SETTING_TYPES.has(venue.type) ? 0 : 1));
    this.venueStart = new Int32Array(county.activities.venues.length + 1);
    this.venueFill = new Int32Array(county.activities.venues.length);
    [this.ringOrder, this.ringPosition, this.ringStart, this.ringEnd] = this.buildColleagueRings();
    [this.groupStart, this.groupMembers] = this.buildGroups();
    const fiveOfSeven = 7 / 5;
    this.hazard = {
      household: totalHazard(profile.transmission.household.secondaryAttackRate),
      // Colleagues and classmates meet on five days of seven: the daily hazard is scaled so that a whole
      // infectious period still gives the profile's attack rate.
      workplace: totalHazard(profile.transmission.workplace.secondaryAttackRate) * fiveOfSeven,
      school: totalHazard(profile.transmission.school.secondaryAttackRate) * fiveOfSeven,
      venuePerHour: profile.transmission.venuePerContactHour.value * profile.infectiousness.weights.length,
    };
  }

  /** The calendar date of a simulation day. */
  dateOf(day: number): string {
    return new Date(this.startTime + day * DAY_MS).toISOString().slice(0, 10);
  }

  /** Infects people from outside the county (imported cases) on a given day. */
  seed(persons: number[], day = this.day): void {
    for (const person of persons) this.infect(person, -1, 'imported', -1, day, -1);
  }

  /** Relative infectiousness of an infected person on a day (0 outside their infectious days). */
  infectiousness(person: number, day: number): number {
    if (this.infectedDay[person] === NEVER || day <= this.infectedDay[person]!) return 0;
    const { fromDayRelativeToOnset, weights } = this.profile.infectiousness;
    const index = day - this.onsetDay[person]! - fromDayRelativeToOnset;
    return index >= 0 && index < weights.length ? weights[index]! * this.infectiousScale[person]! : 0;
  }

  /**
   * The symptoms of a symptomatic infection: fever as drawn at infection, each other symptom of the profile
   * with even odds (at least one), fixed per person; none for an asymptomatic or uninfected person.
   */
  symptomsOf(person: number): string[] {
    if (this.infectedDay[person] === NEVER || this.asymptomatic[person]) return [];
    const symptoms = this.profile.symptoms.filter((symptom, index) => (symptom === 'fever' ? this.fever[person] === 1 : new Random(`${this.county.seed}:${person}:s${index}`).chance(0.5)));
    return symptoms.length > 0 ? symptoms : [this.profile.symptoms[1] ?? this.profile.symptoms[0]!];
  }

  /** Whether a person is stopped from mixing in a setting on the current day. */
  isBlocked(person: number, setting: MixingSetting): boolean {
    return this.blockedUntil[person]! >= this.day && (this.blocked[person]! & SETTING_BIT[setting]) !== 0;
  }

  /** Simulates one day after applying the interventions; returns what happened. */
  step(interventions: Intervention[] = []): DayOutcome {
    const day = this.day;
    for (const intervention of interventions) this.apply(intervention);
    const weekday = new Date(this.startTime + day * DAY_MS).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const daily = this.random.fork(`day ${day}`);
    const ill = (person: number) => this.onsetDay[person]! <= day && day <= this.onsetDay[person]! + 3 && this.asymptomatic[person] === 0 && this.infectedDay[person] !== NEVER;
    // A third of the ill stay in on their own; the isolated stay in by rule.
    const visits = this.life.visitsOf(day, weekend, (person) => this.isBlocked(person, 'venue') || (ill(person) && daily.chance(0.33)), (venue) => this.venueClosedUntil[venue]! >= day, daily);
    const before = this.infections.length;
    this.transmit(day, weekend, visits, daily.fork('transmission'));
    const testResults = this.pendingTests.splice(0).map((person) => this.testResult(person, day, daily));
    this.day++;
    return { day, visits, infections: this.infections.slice(before), testResults };
  }

  private apply(intervention: Intervention): void {
    const until = (days?: number) => (days === undefined ? 1_000_000 : this.day + days - 1);
    const block = (person: number, settings: MixingSetting[], days?: number) => {
      this.blocked[person] = settings.reduce((bits, setting) => bits | SETTING_BIT[setting], 0);
      this.blockedUntil[person] = until(days);
    };
    const { people, dwellings } = this.county;
    switch (intervention.kind) {
      case 'isolate':
        return block(intervention.person, intervention.settings, intervention.days);
      case 'release':
        this.blocked[intervention.person] = 0;
        this.blockedUntil[intervention.person] = NEVER;
        return;
      case 'seal-household': {
        const first = people.householdFirst[intervention.household]!;
        for (let member = first; member < first + people.householdSize[intervention.household]!; member++) block(member, ['workplace', 'school', 'venue'], intervention.days);
        return;
      }
      case 'seal-building': {
        for (let household = 0; household < people.householdCount; household++) {
          let structure = dwellings.householdParent[household]!;
          while (structure >= 0 && structure !== intervention.structure) structure = dwellings.structures[structure]!.parent;
          if (structure === intervention.structure) this.apply({ kind: 'seal-household', household, ...(intervention.days === undefined ? {} : { days: intervention.days }) });
        }
        return;
      }
      case 'close-venue':
        this.venueClosedUntil[intervention.venue] = until(intervention.days);
        return;
      case 'test':
        this.pendingTests.push(intervention.person);
    }
  }

  private testResult(person: number, day: number, random: Random): TestResult {
    const onset = this.onsetDay[person]!;
    const detectable = this.infectedDay[person] !== NEVER && day >= onset - this.profile.detectableDaysBeforeOnset && day <= onset + this.profile.detectableDaysAfterOnset;
    return { person, sampledDay: day, positive: detectable && random.chance(this.profile.testSensitivity.value) };
  }

  private infect(person: number, infector: number, setting: Setting, venue: number, day: number, minute: number): void {
    if (this.infectedDay[person] !== NEVER) return;
    const random = this.random;
    this.infectedDay[person] = day;
    this.infector[person] = infector;
    const incubation = Math.max(1, Math.round(random.lognormal(this.profile.incubationDays.mean, this.profile.incubationDays.sd)));
    this.onsetDay[person] = day + incubation;
    const asymptomatic = random.chance(this.profile.asymptomaticShare.value);
    this.asymptomatic[person] = asymptomatic ? 1 : 0;
    this.fever[person] = !asymptomatic && random.chance(this.profile.feverShareOfSymptomatic.value) ? 1 : 0;
    // Weights falling on or before the day of infection are dropped and the rest rescaled, so that every
    // infected person carries the whole infectiousness the profile gives.
    const { fromDayRelativeToOnset, weights } = this.profile.infectiousness;
    let kept = 0;
    weights.forEach((weight, index) => {
      if (this.onsetDay[person]! + fromDayRelativeToOnset + index > day) kept += weight;
    });
    this.infectiousScale[person] = (asymptomatic ? this.profile.asymptomaticRelativeInfectiousness.value : 1) / (kept || 1);
    this.active.push(person);
    this.infections.push({ infectee: person, infector, setting, venue, day, minute });
  }

  private transmit(day: number, weekend: boolean, visits: Visits, random: Random): void {
    const { people, activities } = this.county;
    const expose = (infector: number, contact: number, hazard: number, setting: Setting, venue: number, minute: number) => {
      if (contact === infector || this.infectedDay[contact] !== NEVER || this.susceptibility[contact] === 0) return;
      if (random.chance(1 - Math.exp(-hazard * this.susceptibility[contact]!))) this.infect(contact, infector, setting, venue, day, minute);
    };
    // Who is at work or school today, and the day's venue stays grouped by venue (a counting sort into
    // reused typed arrays: no per-day garbage, which matters at ten million people).
    const attending = this.attending.fill(0);
    const start = this.venueStart.fill(0);
    for (let index = 0; index < visits.count; index++) {
      if (visits.routine[index]) attending[visits.person[index]!] = 1;
      const venue = visits.venue[index]!;
      if (this.coPresenceVenue[venue]) start[venue + 1]!++;
    }
    for (let venue = 0; venue < this.coPresenceVenue.length; venue++) start[venue + 1]! += start[venue]!;
    if (this.venueOrder.length < visits.count) this.venueOrder = new Int32Array(visits.person.length);
    const order = this.venueOrder;
    const fill = this.venueFill;
    fill.set(start.subarray(0, fill.length));
    for (let index = 0; index < visits.count; index++) {
      const venue = visits.venue[index]!;
      if (this.coPresenceVenue[venue]) order[fill[venue]!++] = index;
    }
    const infectiousVisits = new Map<number, number[]>();
    for (let index = 0; index < visits.count; index++) {
      const person = visits.person[index]!;
      if (!this.coPresenceVenue[visits.venue[index]!] || this.infectiousness(person, day) <= 0) continue;
      const list = infectiousVisits.get(person);
      if (list) list.push(index);
      else infectiousVisits.set(person, [index]);
    }
    // Snapshot of who is infectious today: people infected today start transmitting tomorrow.
    const infectious = this.active.filter((person) => this.infectiousness(person, day) > 0);
    for (const person of infectious) {
      const strength = this.infectiousness(person, day);
      if (!this.isBlocked(person, 'household')) {
        const household = people.household[person]!;
        const first = people.householdFirst[household]!;
        for (let member = first; member < first + people.householdSize[household]!; member++) {
          if (!this.isBlocked(member, 'household')) expose(person, member, this.hazard.household * strength, 'household', -1, -1);
        }
      }
      if (!weekend && attending[person]) {
        const occupation = activities.occupation[person]!;
        if (occupation === OCCUPATION.worker && this.ringPosition[person]! >= 0) {
          const venue = activities.affiliation[person]!;
          const start = this.ringStart[venue]!;
          const size = this.ringEnd[venue]! - start;
          const reach = Math.min(Math.floor((size - 1) / 2), Math.ceil(this.profile.transmission.workplace.contactsPerDay / 2));
          for (let offset = -reach; offset <= reach; offset++) {
            if (offset === 0) continue;
            const colleague = this.ringOrder[start + ((this.ringPosition[person]! - start + offset + size) % size)]!;
            if (attending[colleague]) expose(person, colleague, this.hazard.workplace * strength, 'workplace', venue, -1);
          }
        } else if (activities.group[person]! >= 0) {
          const group = activities.group[person]!;
          for (let index = this.groupStart[group]!; index < this.groupStart[group + 1]!; index++) {
            const classmate = this.groupMembers[index]!;
            if (attending[classmate]) expose(person, classmate, this.hazard.school * strength, 'school', activities.affiliation[person]!, -1);
          }
        }
      }
      for (const own of infectiousVisits.get(person) ?? []) {
        const venue = visits.venue[own]!;
        for (let position = start[venue]!; position < start[venue + 1]!; position++) {
          const other = order[position]!;
          // Staff meet each other as colleagues (above); co-presence counts between staff and visitors.
          if (visits.routine[own] && visits.routine[other]) continue;
          const from = Math.max(visits.start[own]!, visits.start[other]!);
          const to = Math.min(visits.end[own]!, visits.end[other]!);
          if (to <= from) continue;
          expose(person, visits.person[other]!, this.hazard.venuePerHour * strength * ((to - from) / 60), 'venue', venue, Math.round((from + to) / 2));
        }
      }
    }
    // Forget those past their infectious days.
    const last = this.profile.infectiousness.fromDayRelativeToOnset + this.profile.infectiousness.weights.length;
    for (let index = this.active.length - 1; index >= 0; index--) {
      if (day > this.onsetDay[this.active[index]!]! + last) this.active.splice(index, 1);
    }
  }

  /** Workers of each venue in a shuffled ring: each meets the colleagues nearest them in it. */
  private buildColleagueRings(): [Int32Array, Int32Array, Int32Array, Int32Array] {
    const { activities, people } = this.county;
    const venues = activities.venues.length;
    const counts = new Int32Array(venues);
    for (let person = 0; person < people.count; person++) if (activities.occupation[person] === OCCUPATION.worker) counts[activities.affiliation[person]!]!++;
    const start = new Int32Array(venues);
    const end = new Int32Array(venues);
    let offset = 0;
    for (let venue = 0; venue < venues; venue++) {
      start[venue] = offset;
      end[venue] = offset;
      offset += counts[venue]!;
    }
    const order = new Int32Array(offset);
    const position = new Int32Array(people.count).fill(-1);
    for (let person = 0; person < people.count; person++) {
      if (activities.occupation[person] !== OCCUPATION.worker) continue;
      order[end[activities.affiliation[person]!]!++] = person;
    }
    const random = new Random(`${this.county.seed}:colleagues`);
    for (let venue = 0; venue < venues; venue++) {
      for (let index = end[venue]! - 1; index > start[venue]!; index--) {
        const other = start[venue]! + Math.floor(random.next() * (index - start[venue]! + 1));
        [order[index], order[other]] = [order[other]!, order[index]!];
      }
      for (let index = start[venue]!; index < end[venue]!; index++) position[order[index]!] = index;
    }
    return [order, position, start, end];
  }

  /** Members of each class, as compressed lists. */
  private buildGroups(): [Int32Array, Int32Array] {
    const { activities, people } = this.county;
    const start = new Int32Array(activities.groupCount + 1);
    for (let person = 0; person < people.count; person++) if (activities.group[person]! >= 0) start[activities.group[person]! + 1]!++;
    for (let group = 0; group < activities.groupCount; group++) start[group + 1]! += start[group]!;
    const fill = start.slice(0, activities.groupCount);
    const members = new Int32Array(start[activities.groupCount]!);
    for (let person = 0; person < people.count; person++) if (activities.group[person]! >= 0) members[fill[activities.group[person]!]!++] = person;
    return [start, members];
  }
}
