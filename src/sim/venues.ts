import { readFileSync } from 'node:fs';
import { venueTypes, type VenueType } from '../places/model.ts';
import { z } from '../platform/validation.ts';
import { scatter, type CountyFrame } from './county.ts';
import type { Demography } from './demography.ts';
import type { People } from './population.ts';
import { appendTo, Random, WeightedChoice } from './random.ts';

export const venueInputSchema = z.object({
  source: z.string().min(1),
  types: z.record(z.enum(venueTypes), z.object({ personsPer: z.number().positive(), staff: z.number().min(0), visitsPerDay: z.number().min(0), dwellMinutes: z.number().positive() })),
  classSize: z.object({ kindergarten: z.number().int().positive(), school: z.number().int().positive(), university: z.number().int().positive() }),
  studentsPerTeacher: z.object({ kindergarten: z.number().positive(), school: z.number().positive(), university: z.number().positive() }),
});
export type VenueInput = z.infer<typeof venueInputSchema>;

export function loadVenueInput(file: URL | string = new URL('./inputs/venues.json', import.meta.url)): VenueInput {
  return venueInputSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface Venue {
  type: VenueType;
  community: number;
  name: string;
  lon: number;
  lat: number;
}

/** What each person does by day: their venue (workplace, school) and, for pupils, their class. */
export const OCCUPATION = { none: 0, worker: 1, pupil: 2, kindergarten: 3, student: 4 } as const;

export interface Activities {
  venues: Venue[];
  occupation: Uint8Array;
  /** The venue a person works or studies at, or -1. */
  affiliation: Int32Array;
  /** The class (school or kindergarten group, university section) a person belongs to, or -1. */
  group: Int32Array;
  groupCount: number;
  /** Priority-group flags, one bit per group in PRIORITY_BITS order. */
  flags: Uint8Array;
}

export const PRIORITY_BITS = ['pregnant', 'chronic_illness', 'critical_illness', 'regular_treatment', 'disabled'] as const;

const LABEL: Record<VenueType, string> = {
  mall: '购物中心', supermarket: '超市', market: '农贸市场', hotel: '宾馆', restaurant: '饭店', scenic_spot: '景区', sports_venue: '体育馆',
  culture_venue: '文化馆', school: '学校', kindergarten: '幼儿园', university: '大学', elderly_home: '养老院', prison: '监狱', hospital: '医院',
  fever_clinic: '发热门诊', pharmacy: '药店', sampling_site: '采样点', quarantine_site: '隔离点', port: '物流港', cold_chain_warehouse: '冷链仓库',
  workplace: '单位', transport_hub: '客运站', other: '场所',
};
const COMMERCIAL: ReadonlySet<VenueType> = new Set(['mall', 'supermarket', 'hotel', 'restaurant', 'pharmacy', 'hospital', 'fever_clinic', 'transport_hub', 'culture_venue', 'sports_venue']);

/**
 * Places the county's key places (every type at least once, counts per the planning ratios), then gives
 * people their daytime roles: children to kindergartens and schools by age and class, young adults to the
 * university, working adults to venue staff first and other workplaces after.
 */
export function assignActivities(frame: CountyFrame, people: People, demography: Demography, input: VenueInput, random: Random): Activities {
  const communityPopulation = new Float64Array(frame.communities.length);
  for (let household = 0; household < people.householdCount; household++) communityPopulation[people.householdCommunity[household]!]! += people.householdSize[household]!;
  const anywhere = new WeightedChoice(frame.communities, Array.from(communityPopulation, (count) => count + 1));
  const commercial = new WeightedChoice(frame.communities, frame.communities.map((community, index) => (communityPopulation[index]! + 1) * (community.kind === 'urban' ? 3 : 1)));
  const venues: Venue[] = [];
  const byType = new Map<VenueType, number[]>();
  for (const type of venueTypes) {
    const count = Math.max(1, Math.round(people.count / input.types[type].personsPer));
    const list: number[] = [];
    for (let number = 1; number <= count; number++) {
      const community = (COMMERCIAL.has(type) ? commercial : anywhere).draw(random);
      const [lon, lat] = scatter(random, [community.lon, community.lat], 0.5);
      list.push(venues.length);
      venues.push({ type, community: community.index, name: `${community.townshipName}${LABEL[type]}${count > 1 ? number : ''}`, lon, lat });
    }
    byType.set(type, list);
  }

  const occupation = new Uint8Array(people.count);
  const affiliation = new Int32Array(people.count).fill(-1);
  const group = new Int32Array(people.count).fill(-1);
  let groupCount = 0;
  const townshipOf = (person: number) => frame.communities[people.householdCommunity[people.household[person]!]!]!.townshipCode;
  const byTypeAndTownship = new Map<string, number[]>();
  venues.forEach((venue, index) => {
    const key = `${venue.type}:${frame.communities[venue.community]!.townshipCode}`;
    appendTo(byTypeAndTownship, key, index);
  });
  // A child goes to a school of their own township when there is one, else to any in the county.
  const nearest = (type: VenueType, person: number) => random.pick(byTypeAndTownship.get(`${type}:${townshipOf(person)}`) ?? byType.get(type)!);

  // Students by venue and age, then cut into classes.
  const enrolled = new Map<number, Map<number, number[]>>();
  const enrol = (person: number, venue: number, kind: number) => {
    occupation[person] = kind;
    affiliation[person] = venue;
    const byAge = enrolled.get(venue) ?? new Map<number, number[]>();
    const cohort = byAge.get(people.age[person]!) ?? [];
    cohort.push(person);
    byAge.set(people.age[person]!, cohort);
    enrolled.set(venue, byAge);
  };
  const workers: number[] = [];
  for (let person = 0; person < people.count; person++) {
    const age = people.age[person]!;
    if (age >= 3 && age <= 5 && random.chance(demography.kindergartenEnrolmentRate3to5)) enrol(person, nearest('kindergarten', person), OCCUPATION.kindergarten);
    else if (age >= 6 && age <= 17) enrol(person, nearest('school', person), OCCUPATION.pupil);
    else if (age >= 18 && age <= 22 && random.chance(demography.universityEnrolmentRate18to22)) enrol(person, random.pick(byType.get('university')!), OCCUPATION.student);
    else if ((age >= 18 && age <= 59 && random.chance(demography.employmentRateAdults18to59)) || (age >= 60 && age <= 64 && random.chance(demography.employmentRate60to64))) workers.push(person);
  }
  for (const [venue, cohorts] of [...enrolled.entries()].sort((a, b) => a[0] - b[0])) {
    const type = venues[venue]!.type as 'kindergarten' | 'school' | 'university';
    for (const [, cohort] of [...cohorts.entries()].sort((a, b) => a[0] - b[0])) {
      const classes = Math.max(1, Math.ceil(cohort.length / input.classSize[type]));
      cohort.forEach((person, index) => (group[person] = groupCount + (index % classes)));
      groupCount += classes;
    }
  }

  // Staff: teachers by enrolment, venue staff by the planning ratios, the rest to workplaces of varied size.
  const staffNeeded: number[] = venues.map((venue, index) => {
    if (venue.type === 'kindergarten' || venue.type === 'school' || venue.type === 'university') {
      const students = [...(enrolled.get(index)?.values() ?? [])].reduce((sum, cohort) => sum + cohort.length, 0);
      return Math.ceil(students / input.studentsPerTeacher[venue.type]);
    }
    return venue.type === 'workplace' ? 0 : input.types[venue.type].staff;
  });
  random.shuffle(workers);
  let cursor = 0;
  staffNeeded.forEach((needed, venue) => {
    for (let count = 0; count < needed && cursor < workers.length; count++) {
      occupation[workers[cursor]!] = OCCUPATION.worker;
      affiliation[workers[cursor++]!] = venue;
    }
  });
  const workplaces = byType.get('workplace')!;
  const workplaceSize = new WeightedChoice(workplaces, workplaces.map(() => random.lognormal(1, 1.2)));
  for (; cursor < workers.length; cursor++) {
    occupation[workers[cursor]!] = OCCUPATION.worker;
    affiliation[workers[cursor]!] = workplaceSize.draw(random);
  }

  const flags = new Uint8Array(people.count);
  PRIORITY_BITS.forEach((name, bit) => {
    const rate = demography.priorityGroupRates[name];
    if (!rate) return;
    for (let person = 0; person < people.count; person++) {
      const age = people.age[person]!;
      if (age < rate.from || age > rate.to || (rate.sex && (rate.sex === 'male') !== (people.sex[person] === 0))) continue;
      if (random.chance(rate.share)) flags[person]! |= 1 << bit;
    }
  });
  return { venues, occupation, affiliation, group, groupCount, flags };
}
