import type { Demography } from './demography.ts';
import type { CountyFrame } from './county.ts';
import { Random, WeightedChoice } from './random.ts';

/** Sex codes in the typed arrays. */
export const MALE = 0;
export const FEMALE = 1;

/**
 * The people of a county as parallel typed arrays (a person is an index), so that ten million fit in a few
 * hundred megabytes. Members of a household are contiguous: household h holds persons
 * householdFirst[h] .. householdFirst[h] + householdSize[h] - 1.
 */
export interface People {
  count: number;
  age: Uint8Array;
  sex: Uint8Array;
  household: Int32Array;
  householdCount: number;
  householdCommunity: Int32Array;
  householdFirst: Int32Array;
  householdSize: Uint8Array;
}

const URBAN_WEIGHT = 2.5;

/** How many people each community gets: weights (urban communities are larger) with jitter, largest remainder. */
export function allocateCommunities(frame: CountyFrame, persons: number, random: Random): number[] {
  const weights = frame.communities.map((community) => (community.kind === 'urban' ? URBAN_WEIGHT : 1) * random.lognormal(1, 0.4));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const exact = weights.map((weight) => (weight / total) * persons);
  const counts = exact.map(Math.floor);
  let missing = persons - counts.reduce((sum, count) => sum + count, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing-- <= 0) break;
    counts[index]!++;
  }
  return counts;
}

/** Ages drawn from the pyramid: a 5-year group by its share, then a year within it. */
function ageSampler(demography: Demography, random: Random): () => number {
  const groups = new WeightedChoice(demography.ageGroups, demography.ageGroups.map((group) => group.share));
  return () => {
    const group = groups.draw(random);
    return random.integer(group.from, group.to);
  };
}

/**
 * Draws everyone's age and sex from the inputs, then builds households of the input sizes: a head (an
 * adult when one is left), a second adult of the same generation, then children, then elders. Every
 * person drawn is placed, so the population's pyramid is exactly the drawn one.
 */
export function synthesizePeople(frame: CountyFrame, persons: number, demography: Demography, random: Random): People {
  const perCommunity = allocateCommunities(frame, persons, random.fork('allocation'));
  const drawAge = ageSampler(demography, random);
  const maleShare = demography.malesPer100Females / (100 + demography.malesPer100Females);
  const sizes = new WeightedChoice(demography.householdSizes.map((item) => item.size), demography.householdSizes.map((item) => item.share));
  const age = new Uint8Array(persons);
  const sex = new Uint8Array(persons);
  const household = new Int32Array(persons);
  const householdCommunity: number[] = [];
  const householdFirst: number[] = [];
  const householdSize: number[] = [];
  let next = 0;
  perCommunity.forEach((count, community) => {
    const kids: [number, number][] = [];
    const adults: [number, number][] = [];
    const elders: [number, number][] = [];
    for (let index = 0; index < count; index++) {
      const personAge = drawAge();
      const personSex = random.chance(maleShare) ? MALE : FEMALE;
      (personAge < 18 ? kids : personAge < 60 ? adults : elders).push([personAge, personSex]);
    }
    random.shuffle(kids);
    random.shuffle(adults);
    random.shuffle(elders);
    let left = count;
    while (left > 0) {
      const size = Math.min(left, sizes.draw(random));
      const members: [number, number][] = [];
      const take = (...pools: [number, number][][]) => {
        for (const pool of pools) if (pool.length > 0) return members.push(pool.pop()!);
        return 0;
      };
      take(adults, elders, kids);
      if (size >= 2) take(members[0]![0] >= 60 ? elders : adults, adults, elders, kids);
      while (members.length < size) take(kids.length > 0 && members.filter((member) => member[0] < 18).length < 3 ? kids : elders, elders, adults, kids);
      const householdIndex = householdFirst.length;
      householdCommunity.push(community);
      householdFirst.push(next);
      householdSize.push(members.length);
      for (const [memberAge, memberSex] of members) {
        age[next] = memberAge;
        sex[next] = memberSex;
        household[next] = householdIndex;
        next++;
      }
      left -= members.length;
    }
  });
  return {
    count: persons,
    age,
    sex,
    household,
    householdCount: householdFirst.length,
    householdCommunity: Int32Array.from(householdCommunity),
    householdFirst: Int32Array.from(householdFirst),
    householdSize: Uint8Array.from(householdSize),
  };
}
