import { composeResidentId } from '../people/resident-id.ts';
import { loadCountyFrame, type CountyFrame } from './county.ts';
import { loadDemography, type Demography } from './demography.ts';
import { createNamer } from './names.ts';
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

export interface Identities {
  name: string[];
  documentNumber: string[];
  birthDate: string[];
  phone: string[];
}

export interface CountyOptions {
  countyCode: string;
  persons: number;
  seed: string;
  /** The first simulated day (YYYY-MM-DD); ages are as of this day. */
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
  const identity = assignIdentities(frame, people, options.startDate, root.fork('identity'));
  return { seed: options.seed, startDate: options.startDate, frame, people, dwellings, activities, identity, inputs: { demography, venues } };
}

/**
 * Names, resident ID numbers (GB 11643, region = the county, sequence odd for men and even for women,
 * unique per birth date), birth dates consistent with the ages, and distinct mobile numbers.
 */
function assignIdentities(frame: CountyFrame, people: People, startDate: string, random: Random): Identities {
  const namer = createNamer(random.fork('names'));
  const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
  const used = new Map<string, number>();
  const identity: Identities = { name: [], documentNumber: [], birthDate: [], phone: [] };
  for (let person = 0; person < people.count; person++) {
    const female = people.sex[person] === FEMALE;
    identity.name.push(namer(female ? 'female' : 'male'));
    const age = people.age[person]!;
    // A birth date after the start date's anniversary age + 1 years back and on or before its anniversary age years back.
    const latest = Date.UTC(year - age, month - 1, day);
    const span = Math.round((latest - Date.UTC(year - age - 1, month - 1, day)) / DAY_MS);
    const birth = new Date(latest - Math.floor(random.next() * span) * DAY_MS).toISOString().slice(0, 10);
    identity.birthDate.push(birth);
    const key = `${birth}:${female ? 1 : 0}`;
    const taken = used.get(key) ?? 0;
    used.set(key, taken + 1);
    // Sequence numbers of one sex alternate parity; past 500 per day the city code is used as region.
    const sequence = (taken % 500) * 2 + (female ? 0 : 1);
    const region = taken < 500 ? frame.code : `${frame.code.slice(0, 4)}${String(Math.floor(taken / 500)).padStart(2, '0')}`;
    identity.documentNumber.push(composeResidentId(region, birth, sequence));
    // Distinct numbers: an affine permutation of the person index over nine digits.
    identity.phone.push(`13${String((person * 738_197_471 + 123_456_789) % 1_000_000_000).padStart(9, '0')}`);
  }
  return identity;
}
