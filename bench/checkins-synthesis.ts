import type { VenueType } from '../src/places/model.ts';
import { Random, WeightedChoice } from '../src/sim/random.ts';

/**
 * A synthetic check-in history of one county: people who live in villages, visit venues mostly near home,
 * go to work or school on weekdays and stay there long, and scan in at restaurants, shops, markets,
 * pharmacies, malls, hospitals and stations during opening hours. Pure: sizes, seed and dates in, rows out
 * through a callback in arrival order (each day's rows by entry time), so that the same seed gives the
 * same rows on either database.
 */

export const COUNTY_CODE = '140703';
const COUNTY_CENTRE = { longitude: 112.55, latitude: 37.42 };
/** Villages on a grid, each township one row of it; home areas are villages. */
const TOWNSHIPS = 10;
const VILLAGES_PER_TOWNSHIP = 20;
export const UTC_OFFSET_SECONDS = 8 * 3600;

export const townshipCode = (township: number) => `${COUNTY_CODE}${String(township + 1).padStart(3, '0')}`;
export const villageCode = (area: number) => `${townshipCode(Math.floor(area / VILLAGES_PER_TOWNSHIP))}${String((area % VILLAGES_PER_TOWNSHIP) + 1).padStart(3, '0')}`;
export const AREA_COUNT = TOWNSHIPS * VILLAGES_PER_TOWNSHIP;

/** The county's tree as the jurisdictions importer reads it. */
export function countyTreeCsv(): string {
  const lines = ['code,name,parent_code,level', 'CN,中华人民共和国,,country', '140000,山西省,CN,province', '140700,晋中市,140000,city', `${COUNTY_CODE},太谷区,140700,county`];
  for (let township = 0; township < TOWNSHIPS; township++) lines.push(`${townshipCode(township)},第${township + 1}镇,${COUNTY_CODE},township`);
  for (let area = 0; area < AREA_COUNT; area++) lines.push(`${villageCode(area)},第${area + 1}村,${townshipCode(Math.floor(area / VILLAGES_PER_TOWNSHIP))},village`);
  return lines.join('\n') + '\n';
}

interface VenueProfile {
  type: VenueType;
  name: string;
  /** Share of the county's venues. */
  venueShare: number;
  /** Share of visits other than the daily routine. */
  visitShare: number;
  opens: number;
  closes: number;
  /** Stay in minutes: mean and standard deviation (log-normal). */
  stayMean: number;
  staySd: number;
  /** How much more it draws visitors from the whole county than from its own village. */
  countyPull: number;
  /** Share of its scans that carry a temperature reading. */
  thermometer: number;
}

// Venue mix of a county seat and its villages; hours and stays as posted and as typically spent.
const PROFILES: VenueProfile[] = [
  { type: 'restaurant', name: '餐馆', venueShare: 0.34, visitShare: 0.34, opens: 10, closes: 22, stayMean: 50, staySd: 20, countyPull: 1, thermometer: 0.1 },
  { type: 'workplace', name: '单位', venueShare: 0.33, visitShare: 0.03, opens: 7, closes: 20, stayMean: 45, staySd: 40, countyPull: 1, thermometer: 0.3 },
  { type: 'supermarket', name: '超市', venueShare: 0.1, visitShare: 0.24, opens: 8, closes: 22, stayMean: 25, staySd: 12, countyPull: 2, thermometer: 0.3 },
  { type: 'pharmacy', name: '药店', venueShare: 0.08, visitShare: 0.06, opens: 8, closes: 22, stayMean: 8, staySd: 5, countyPull: 1, thermometer: 0.5 },
  { type: 'market', name: '市场', venueShare: 0.05, visitShare: 0.12, opens: 6, closes: 18, stayMean: 30, staySd: 15, countyPull: 2, thermometer: 0.1 },
  { type: 'school', name: '学校', venueShare: 0.07, visitShare: 0.02, opens: 7, closes: 18, stayMean: 15, staySd: 10, countyPull: 1, thermometer: 0.9 },
  { type: 'mall', name: '商场', venueShare: 0.015, visitShare: 0.1, opens: 10, closes: 22, stayMean: 90, staySd: 50, countyPull: 6, thermometer: 0.5 },
  { type: 'hospital', name: '医院', venueShare: 0.01, visitShare: 0.04, opens: 7, closes: 20, stayMean: 120, staySd: 60, countyPull: 8, thermometer: 0.9 },
  { type: 'transport_hub', name: '车站', venueShare: 0.005, visitShare: 0.05, opens: 5, closes: 23, stayMean: 20, staySd: 15, countyPull: 10, thermometer: 0.5 },
];
const WORKPLACE = PROFILES.findIndex((profile) => profile.type === 'workplace');
const SCHOOL = PROFILES.findIndex((profile) => profile.type === 'school');
const RESTAURANT = PROFILES.findIndex((profile) => profile.type === 'restaurant');
const MARKET = PROFILES.findIndex((profile) => profile.type === 'market');

export interface HistorySize {
  persons: number;
  days: number;
  venues: number;
  seed: string;
  /** The local date after the last day of history (YYYY-MM-DD); the history covers the `days` days before it. */
  today: string;
}

export interface SyntheticVenue {
  type: VenueType;
  name: string;
  area: number;
  jurisdictionCode: string;
  latitude: number;
  longitude: number;
}

/** Who a person is, for the people table: home village, age group and a birth date. */
export interface SyntheticPerson {
  area: number;
  role: 'child' | 'student' | 'worker' | 'retired';
  birthDate: string;
}

/**
 * Where the population register places a person: a household (by index, in the person's village), and the
 * workplace or school they go to (a venue index, -1 for none) with their team or class within it (1-based).
 */
export interface SyntheticPlacement {
  household: number;
  routine: number;
  group: number | null;
}

// Household sizes 1 to 6 as shares of households (China's 2020 census: 2.62 persons on average).
const HOUSEHOLD_SIZE_SHARES = [0.25, 0.3, 0.21, 0.13, 0.07, 0.04];
/** Workers are registered in teams of this size at their workplace, students in classes. */
const TEAM_SIZE = 12;
const CLASS_SIZE = 40;

const ROLES = ['child', 'student', 'worker', 'retired'] as const;
const ROLE_SHARES = [0.06, 0.15, 0.52, 0.27];
/** Non-routine visits relative to an adult's. */
const ROLE_ACTIVITY = [0.3, 0.6, 1, 1.1];
const WEEKEND_ACTIVITY = 1.2;
const ATTENDANCE = { worker: 0.92, student: 0.97 };
const LOCAL_SHARE = 0.75;
const NEIGHBOUR_SHARE = 0.15;
const EXIT_SHARE = 0.35;
const DEVICE_SHARE = 0.1;
/** Check-ins per person and day across the county (100,000,000 for 1,000,000 people over 30 days). */
export const CHECKINS_PER_PERSON_DAY = 100 / 30;

/** The instant (epoch seconds) a local date begins in the county (UTC+8, no daylight saving). */
export function localDayStart(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000 - UTC_OFFSET_SECONDS;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The first local day of the history. */
export function firstDay(size: HistorySize): string {
  return addDays(size.today, -size.days);
}

/**
 * Receives rows in arrival order: persons and venues by index (keys are index + 1), each with the entry of
 * the person's next row (null for the last), as ingestion would have stored it.
 */
export interface RowSink {
  row(person: number, venue: number, enteredAt: number, exitedAt: number | null, nextEnteredAt: number | null, temperature: number | null, device: boolean, recordedAt: number): void;
  /** Called every 65,536 rows, so that a sink writing to a pipe can wait for it to drain. */
  flush?(): Promise<void>;
  /** Called after each day, with the number of rows that day. */
  dayDone?(date: string, rows: number): void | Promise<void>;
}

/** The county's venues, its people and the routine of each: deterministic by seed. */
export class SyntheticCounty {
  readonly venues: SyntheticVenue[] = [];
  private readonly venueProfile: Uint8Array;
  private readonly personArea: Uint16Array;
  private readonly personRole: Uint8Array;
  private readonly personActivity: Float32Array;
  private readonly personRoutine: Int32Array;
  private readonly personStart: Uint16Array;
  private readonly personBirth: Uint16Array;
  private readonly localVisits: (WeightedChoice<number> | null)[] = [];
  private readonly countyVisits: WeightedChoice<number>;
  private readonly visitsPerPersonDay: number;

  constructor(readonly size: HistorySize) {
    const random = new Random(`${size.seed}:county`);
    this.venueProfile = new Uint8Array(size.venues);
    const visitWeight = new Float64Array(size.venues);
    const workplaceWeight = new Float64Array(size.venues);
    const areaWeights = Array.from({ length: AREA_COUNT }, () => random.lognormal(1, 0.6));
    const areaChoice = new WeightedChoice([...areaWeights.keys()], areaWeights);
    const typeChoice = new WeightedChoice([...PROFILES.keys()], PROFILES.map((profile) => profile.venueShare));
    const countByType = new Array<number>(PROFILES.length).fill(0);
    const seatAreas = Array.from({ length: VILLAGES_PER_TOWNSHIP }, (_, index) => index);
    for (let venue = 0; venue < size.venues; venue++) {
      const profileIndex = typeChoice.draw(random);
      const profile = PROFILES[profileIndex]!;
      // The county seat (the first township) holds half of the malls, hospitals and stations.
      const area = profile.countyPull >= 6 && random.chance(0.5) ? random.pick(seatAreas) : areaChoice.draw(random);
      const row = Math.floor(area / VILLAGES_PER_TOWNSHIP);
      const column = area % VILLAGES_PER_TOWNSHIP;
      countByType[profileIndex]!++;
      this.venueProfile[venue] = profileIndex;
      // Popularity is heavy-tailed: a few venues are very busy.
      const popularity = random.lognormal(1, 1.5);
      visitWeight[venue] = popularity;
      workplaceWeight[venue] = profileIndex === WORKPLACE ? random.lognormal(1, 2) : 0;
      this.venues.push({
        type: profile.type,
        name: `${profile.name}${countByType[profileIndex]}`,
        area,
        jurisdictionCode: villageCode(area),
        latitude: Number((COUNTY_CENTRE.latitude + (row - TOWNSHIPS / 2 + random.next()) * 0.02).toFixed(6)),
        longitude: Number((COUNTY_CENTRE.longitude + (column - VILLAGES_PER_TOWNSHIP / 2 + random.next()) * 0.02).toFixed(6)),
      });
    }
    // Each type draws its share of visits, split among its venues by popularity.
    for (let venue = 0; venue < size.venues; venue++) {
      const profileIndex = this.venueProfile[venue]!;
      visitWeight[venue] = (visitWeight[venue]! * PROFILES[profileIndex]!.visitShare) / Math.max(1, countByType[profileIndex]!);
    }
    const byArea = Array.from({ length: AREA_COUNT }, () => [] as number[]);
    this.venues.forEach((venue, index) => byArea[venue.area]!.push(index));
    for (const venues of byArea) this.localVisits.push(venues.length > 0 ? new WeightedChoice(venues, venues.map((venue) => visitWeight[venue]!)) : null);
    const all = [...this.venues.keys()];
    this.countyVisits = new WeightedChoice(all, all.map((venue) => visitWeight[venue]! * PROFILES[this.venueProfile[venue]!]!.countyPull));
    const workplaces = all.filter((venue) => this.venueProfile[venue] === WORKPLACE);
    const countyWorkplaces = workplaces.length > 0 ? new WeightedChoice(workplaces, workplaces.map((venue) => workplaceWeight[venue]!)) : null;
    const localWorkplaces = byArea.map((venues) => {
      const local = venues.filter((venue) => this.venueProfile[venue] === WORKPLACE);
      return local.length > 0 ? new WeightedChoice(local, local.map((venue) => workplaceWeight[venue]!)) : null;
    });
    const schoolsByArea = byArea.map((venues) => venues.filter((venue) => this.venueProfile[venue] === SCHOOL));
    const schools = all.filter((venue) => this.venueProfile[venue] === SCHOOL);

    const persons = size.persons;
    this.personArea = new Uint16Array(persons);
    this.personRole = new Uint8Array(persons);
    this.personActivity = new Float32Array(persons);
    this.personRoutine = new Int32Array(persons).fill(-1);
    this.personStart = new Uint16Array(persons);
    this.personBirth = new Uint16Array(persons);
    const roleChoice = new WeightedChoice([0, 1, 2, 3], ROLE_SHARES);
    let routineVisits = 0;
    let otherVisits = 0;
    for (let person = 0; person < persons; person++) {
      const area = areaChoice.draw(random);
      const role = roleChoice.draw(random);
      this.personArea[person] = area;
      this.personRole[person] = role;
      // People differ in how much they go out: gamma with mean 1.
      this.personActivity[person] = random.gamma(3, 1 / 3) * ROLE_ACTIVITY[role]!;
      otherVisits += this.personActivity[person]!;
      const age = role === 0 ? random.integer(0, 5) : role === 1 ? random.integer(6, 18) : role === 2 ? random.integer(19, 60) : random.integer(61, 90);
      // Days since 1900-01-01 of the birth date, as of the first day.
      this.personBirth[person] = Math.min(65_535, Math.max(0, Math.floor((Date.parse(`${size.today}T00:00:00Z`) - Date.parse('1900-01-01T00:00:00Z')) / 86_400_000 - age * 365.25 - random.integer(0, 364))));
      if (role === 2 && countyWorkplaces) {
        this.personRoutine[person] = (random.chance(0.6) ? localWorkplaces[area] : null)?.draw(random) ?? countyWorkplaces.draw(random);
        // Work starts between 07:30 and 09:30, in minutes after midnight.
        this.personStart[person] = random.integer(450, 570);
        routineVisits += ATTENDANCE.worker;
      } else if (role === 1 && schools.length > 0) {
        const near = schoolsByArea[area]!;
        this.personRoutine[person] = near.length > 0 ? random.pick(near) : random.pick(schools);
        this.personStart[person] = random.integer(440, 470);
        routineVisits += ATTENDANCE.student;
      }
    }
    // Scale non-routine visits so that the whole history holds CHECKINS_PER_PERSON_DAY on average.
    const weekdayShare = 5 / 7;
    const routinePerDay = (routineVisits / Math.max(1, persons)) * weekdayShare;
    const activityPerDay = (otherVisits / Math.max(1, persons)) * (weekdayShare + (1 - weekdayShare) * WEEKEND_ACTIVITY);
    this.visitsPerPersonDay = Math.max(0.1, (CHECKINS_PER_PERSON_DAY - routinePerDay) / activityPerDay);
  }

  /**
   * Everyone's household and team or class, from a stream of its own, so that the history is the same with
   * or without them. A household gathers people of one village in index order; a team or class gathers
   * those of one workplace or school the same way.
   */
  placements(): SyntheticPlacement[] {
    const random = new Random(`${this.size.seed}:households`);
    const sizeChoice = new WeightedChoice([1, 2, 3, 4, 5, 6], HOUSEHOLD_SIZE_SHARES);
    const open = new Map<number, { household: number; left: number }>();
    const members = new Map<number, number>();
    let households = 0;
    const placements: SyntheticPlacement[] = [];
    for (let person = 0; person < this.size.persons; person++) {
      const area = this.personArea[person]!;
      let home = open.get(area);
      if (!home || home.left === 0) open.set(area, (home = { household: households++, left: sizeChoice.draw(random) }));
      home.left--;
      const routine = this.personRoutine[person]!;
      let group: number | null = null;
      if (routine >= 0) {
        const seen = members.get(routine) ?? 0;
        members.set(routine, seen + 1);
        group = Math.floor(seen / (this.venueProfile[routine] === WORKPLACE ? TEAM_SIZE : CLASS_SIZE)) + 1;
      }
      placements.push({ household: home.household, routine, group });
    }
    return placements;
  }

  /** The person's home village, age group and birth date. */
  person(index: number): SyntheticPerson {
    const birth = new Date(Date.parse('1900-01-01T00:00:00Z') + this.personBirth[index]! * 86_400_000).toISOString().slice(0, 10);
    return { area: this.personArea[index]!, role: ROLES[this.personRole[index]!]!, birthDate: birth };
  }

  /**
   * Writes the history, day by day in arrival order; returns the number of rows. A row's next entry may lie
   * days later, so the history is drawn twice from the same seed: once to find each row's next entry, once
   * to write the rows with it.
   */
  async writeHistory(sink: RowSink): Promise<number> {
    const firstStart = localDayStart(firstDay(this.size));
    // Seconds after the first day's start, plus one; 0 for none. 4 bytes a row.
    let nextOffsets = new Uint32Array(Math.ceil(this.size.persons * this.size.days * CHECKINS_PER_PERSON_DAY * 1.2) + 64);
    const lastRowOf = new Int32Array(this.size.persons).fill(-1);
    let emitted = 0;
    await this.drawHistory((person, entered) => {
      if (emitted === nextOffsets.length) {
        const grown = new Uint32Array(nextOffsets.length * 2);
        grown.set(nextOffsets);
        nextOffsets = grown;
      }
      const last = lastRowOf[person]!;
      if (last >= 0) nextOffsets[last] = entered - firstStart + 1;
      lastRowOf[person] = emitted++;
    });
    emitted = 0;
    return this.drawHistory(
      (person, entered, index, day) => {
        const exited = day.exited[index]!;
        const temperature = day.temperature[index]!;
        const next = nextOffsets[emitted++]!;
        sink.row(person, day.venue[index]!, entered, exited < 0 ? null : exited, next === 0 ? null : firstStart + next - 1, temperature < 0 ? null : temperature, day.device[index] === 1, day.recorded[index]!);
      },
      sink,
    );
  }

  /** Draws the history day by day and hands each row in arrival order to `each`. */
  private async drawHistory(each: (person: number, entered: number, index: number, day: DayRows) => void, sink?: Pick<RowSink, 'flush' | 'dayDone'>): Promise<number> {
    const random = new Random(`${this.size.seed}:history`);
    let total = 0;
    let capacity = Math.ceil(this.size.persons * CHECKINS_PER_PERSON_DAY * 1.5) + 64;
    let day = allocateDay(capacity);
    for (let offset = 0; offset < this.size.days; offset++) {
      const date = addDays(firstDay(this.size), offset);
      const dayStart = localDayStart(date);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      const workday = weekday >= 1 && weekday <= 5;
      let count = 0;
      const push = (person: number, venue: number, entered: number, stayMinutes: number) => {
        if (count === capacity) {
          capacity *= 2;
          day = growDay(day, capacity);
        }
        const profile = PROFILES[this.venueProfile[venue]!]!;
        day.person[count] = person;
        day.venue[count] = venue;
        day.entered[count] = entered;
        day.exited[count] = random.chance(EXIT_SHARE) ? entered + Math.max(60, Math.round(stayMinutes * 60)) : -1;
        day.temperature[count] = random.chance(profile.thermometer) ? Math.min(372, Math.max(355, Math.round(random.normal(364, 3)))) : -1;
        const device = random.chance(DEVICE_SHARE);
        day.device[count] = device ? 1 : 0;
        // A scan is stored within seconds; a device uploads its batch within half an hour.
        day.recorded[count] = entered + (device ? random.integer(60, 1800) : random.integer(0, 3));
        count++;
      };
      const taken: number[] = [];
      for (let person = 0; person < this.size.persons; person++) {
        taken.length = 0;
        const role = this.personRole[person]!;
        const routine = this.personRoutine[person]!;
        let workFrom = -1;
        let workTo = -1;
        if (workday && routine >= 0 && random.chance(role === 2 ? ATTENDANCE.worker : ATTENDANCE.student)) {
          workFrom = this.personStart[person]! + random.integer(-10, 10);
          workTo = role === 2 ? workFrom + random.integer(480, 600) : random.integer(990, 1050);
          const entered = dayStart + workFrom * 60 + random.integer(0, 59);
          taken.push(entered);
          push(person, routine, entered, workTo - workFrom);
        }
        const mean = this.visitsPerPersonDay * this.personActivity[person]! * (workday ? 1 : WEEKEND_ACTIVITY);
        const visits = random.poisson(mean);
        const area = this.personArea[person]!;
        for (let visit = 0; visit < visits; visit++) {
          const venue = this.drawVenue(random, area);
          const profileIndex = this.venueProfile[venue]!;
          const profile = PROFILES[profileIndex]!;
          const stay = Math.max(2, random.lognormal(profile.stayMean, profile.staySd));
          let minute = this.entryMinute(random, profileIndex, stay);
          // At work, people go out for lunch; everything else waits until after work.
          if (workFrom >= 0 && minute >= workFrom && minute < workTo && !(profileIndex === RESTAURANT && minute >= 690 && minute < 780)) {
            minute = Math.min(workTo + random.integer(10, 150), profile.closes * 60 - 5);
          }
          let entered = dayStart + Math.max(0, Math.min(1439, Math.round(minute))) * 60 + random.integer(0, 59);
          // Two stays of one person never start in the same second (the natural key includes the entry).
          while (taken.includes(entered)) entered++;
          taken.push(entered);
          push(person, venue, entered, stay);
        }
      }
      total += count;
      await this.emitDay(day, count, dayStart, each, sink);
      await sink?.dayDone?.(date, count);
    }
    return total;
  }

  private drawVenue(random: Random, area: number): number {
    const roll = random.next();
    if (roll < LOCAL_SHARE) {
      const local = this.localVisits[area];
      if (local) return local.draw(random);
    } else if (roll < LOCAL_SHARE + NEIGHBOUR_SHARE) {
      const row = Math.floor(area / VILLAGES_PER_TOWNSHIP) + random.integer(-1, 1);
      const column = (area % VILLAGES_PER_TOWNSHIP) + random.integer(-1, 1);
      if (row >= 0 && row < TOWNSHIPS && column >= 0 && column < VILLAGES_PER_TOWNSHIP) {
        const near = this.localVisits[row * VILLAGES_PER_TOWNSHIP + column];
        if (near) return near.draw(random);
      }
    }
    return this.countyVisits.draw(random);
  }

  /** Minutes after local midnight of an entry: within opening hours, at meal times for restaurants, mornings for markets. */
  private entryMinute(random: Random, profileIndex: number, stayMinutes: number): number {
    const profile = PROFILES[profileIndex]!;
    if (profileIndex === RESTAURANT) {
      const roll = random.next();
      if (roll < 0.45) return random.integer(660, 780);
      if (roll < 0.9) return random.integer(1020, 1200);
    }
    if (profileIndex === MARKET && random.chance(0.7)) return random.integer(360, 600);
    const latest = Math.max(profile.opens * 60, profile.closes * 60 - Math.min(stayMinutes, 120));
    return random.integer(profile.opens * 60, latest);
  }

  /** Sorts a day's rows by entry (arrival order) and hands them on. */
  private async emitDay(day: DayRows, count: number, dayStart: number, each: (person: number, entered: number, index: number, day: DayRows) => void, sink?: Pick<RowSink, 'flush'>): Promise<void> {
    if (count >= 2 ** 23) throw new Error(`${count} check-ins in one day: more than the day's sort key holds`);
    // One number per row: seconds into the day, then the row's position; sorting it sorts by entry, stably.
    const order = new Float64Array(count);
    for (let index = 0; index < count; index++) order[index] = (day.entered[index]! - dayStart) * 2 ** 23 + index;
    order.sort();
    for (let position = 0; position < count; position++) {
      const index = order[position]! % 2 ** 23;
      each(day.person[index]!, day.entered[index]!, index, day);
      if (sink?.flush && (position & 0xffff) === 0xffff) await sink.flush();
    }
  }
}

interface DayRows {
  person: Int32Array;
  venue: Int32Array;
  entered: Float64Array;
  exited: Float64Array;
  temperature: Int16Array;
  device: Uint8Array;
  recorded: Float64Array;
}

function allocateDay(capacity: number): DayRows {
  return {
    person: new Int32Array(capacity),
    venue: new Int32Array(capacity),
    entered: new Float64Array(capacity),
    exited: new Float64Array(capacity),
    temperature: new Int16Array(capacity),
    device: new Uint8Array(capacity),
    recorded: new Float64Array(capacity),
  };
}

function growDay(day: DayRows, capacity: number): DayRows {
  const grown = allocateDay(capacity);
  for (const key of Object.keys(day) as (keyof DayRows)[]) (grown[key] as Int32Array).set(day[key] as Int32Array);
  return grown;
}
