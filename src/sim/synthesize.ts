import { composeResidentId } from '../people/resident-id.ts';
import { loadCountyFrame, type CountyFrame } from './county.ts';
import { loadDemography, type Demography } from './demography.ts';
import { Names } from './names.ts';
import { synthesizePeople, FEMALE, type People } from './population.ts';
import { Random } from './random.ts';
import { buildDwellings, type Dwellings } from './structures.ts';
import { assignActivities, loadVenueInput, type Activities, type VenueInput } from './venues.ts';

/** A synthetic county: its real divisions, its people, dwellings, key places and who does what by day. */
export interface SyntheticCounty {
  seed: string;
  startDate: string;
  frame: CountyFrame;
  people: People;
  dwellings: Dwellings;
  activities: Activities;
  identity: Identities;
  inputs: { demography: Demography; venues: VenueInput };
}

export interface CountyOptions {
  countyCode: string;
  persons: number;
  seed: string;
  /** The day ages are counted on (YYYY-MM-DD), and the first day a run over this county simulates; the demo runs its outbreak over the days before today instead. */
  startDate: string;
  center?: [number, number] | undefined;
  demography?: Demography;
  venues?: VenueInput;
}

const DAY_MS = 86_400_000;

/** Builds a synthetic county. The same options give the same county, person for person. */
export async function synthesizeCounty(options: CountyOptions): Promise<SyntheticCounty> {
  const root = new Random(`${options.seed}:${options.countyCode}:${options.persons}`);
  const demography = options.demography ?? loadDemography();
  const venues = options.venues ?? loadVenueInput();
  const frame = await loadCountyFrame(options.countyCode, root.fork('geography'), options.center);
  const people = synthesizePeople(frame, options.persons, demography, root.fork('people'));
  const dwellings = buildDwellings(frame, people, root.fork('dwellings'));
  const activities = assignActivities(frame, people, demography, venues, root.fork('activities'));
  const identity = new Identities(frame, people, options.startDate, root.fork('identity'));
  return { seed: options.seed, startDate: options.startDate, frame, people, dwellings, activities, identity, inputs: { demography, venues } };
}

/**
 * Names, resident ID numbers (GB 11643, region = the county, sequence odd for men and even for women,
 * unique per birth date), birth dates consistent with the ages, and distinct mobile numbers. Kept as a
 * few bytes per person and spelled out on demand, so that ten million people fit in memory.
 */
export class Identities {
  readonly names: Names;
  private readonly birthDay: Int32Array;
  private readonly sequence: Uint16Array;
  private readonly regionSuffix: Uint8Array;
  private readonly dates = new Map<number, string>();

  constructor(
    private readonly frame: CountyFrame,
    people: People,
    startDate: string,
    random: Random,
  ) {
    this.names = new Names(people.count);
    this.birthDay = new Int32Array(people.count);
    this.sequence = new Uint16Array(people.count);
    this.regionSuffix = new Uint8Array(people.count);
    const nameRandom = random.fork('names');
    const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
    const used = new Map<number, number>();
    for (let person = 0; person < people.count; person++) {
      const female = people.sex[person] === FEMALE;
      const age = people.age[person]!;
      // A birth date after the start date's anniversary age + 1 years back and on or before its anniversary age years back.
      const latest = Date.UTC(year - age, month - 1, day);
      const span = Math.round((latest - Date.UTC(year - age - 1, month - 1, day)) / DAY_MS);
      const birthDay = Math.round(latest / DAY_MS) - Math.floor(random.next() * span);
      this.birthDay[person] = birthDay;
      const key = birthDay * 2 + (female ? 1 : 0);
      const taken = used.get(key) ?? 0;
      used.set(key, taken + 1);
      // Sequence numbers of one sex alternate parity; past 500 a day another region code of the city is used.
      this.sequence[person] = (taken % 500) * 2 + (female ? 0 : 1);
      this.regionSuffix[person] = Math.floor(taken / 500);
    }
    this.names.draw(nameRandom);
  }

  name(person: number): string {
    return this.names.of(person);
  }

  birthDate(person: number): string {
    const day = this.birthDay[person]!;
    let text = this.dates.get(day);
    if (text === undefined) this.dates.set(day, (text = new Date(day * DAY_MS).toISOString().slice(0, 10)));
    return text;
  }

  document(person: number): string {
    const suffix = this.regionSuffix[person]!;
    const region = suffix === 0 ? this.frame.code : `${this.frame.code.slice(0, 4)}${String(suffix).padStart(2, '0')}`;
    return composeResidentId(region, this.birthDate(person), this.sequence[person]!);
  }

  /** Distinct numbers: an affine permutation of the person index over nine digits. */
  phone(person: number): string {
    return `13${String((person * 738_197_471 + 123_456_789) % 1_000_000_000).padStart(9, '0')}`;
  }
}
