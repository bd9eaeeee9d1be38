import { scatter, type CountyFrame } from './county.ts';
import type { People } from './population.ts';
import type { Random } from './random.ts';

/** A compound, building or unit (households are kept apart, as arrays). */
export interface Structure {
  kind: 'compound' | 'building' | 'unit';
  parent: number;
  community: number;
  name: string;
  lon: number;
  lat: number;
}

export interface Dwellings {
  structures: Structure[];
  /** For each household: the structure it sits in (a unit in town, a house in a village). */
  householdParent: Int32Array;
  householdName: string[];
}

// Residential layout in town: six floors of two flats per unit, two or three units a building.
const FLOORS = 6;
const FLATS_PER_FLOOR = 2;
const COMPOUND_PREFIXES = '阳光 幸福 和平 锦绣 翠苑 金色 康乐 书香 怡景 新华 滨河 文苑 丽都 欣园 嘉禾 春晖 紫荆 东城 西城 南苑'.split(' ');

/**
 * Puts households into dwellings: in urban communities compounds of buildings of units of flats; in
 * villages one house (a building without a compound) per household.
 */
export function buildDwellings(frame: CountyFrame, people: People, random: Random): Dwellings {
  const structures: Structure[] = [];
  const householdParent = new Int32Array(people.householdCount);
  const householdName: string[] = new Array(people.householdCount);
  const byCommunity = new Map<number, number[]>();
  for (let household = 0; household < people.householdCount; household++) {
    const community = people.householdCommunity[household]!;
    const list = byCommunity.get(community) ?? [];
    list.push(household);
    byCommunity.set(community, list);
  }
  for (const community of frame.communities) {
    const households = byCommunity.get(community.index) ?? [];
    const at = (): [number, number] => scatter(random, [community.lon, community.lat], 0.6);
    if (community.kind === 'rural') {
      households.forEach((household, number) => {
        const [lon, lat] = at();
        householdParent[household] = structures.length;
        householdName[household] = '1';
        structures.push({ kind: 'building', parent: -1, community: community.index, name: `${number + 1}号`, lon, lat });
      });
      continue;
    }
    let cursor = 0;
    let compoundNumber = 0;
    while (cursor < households.length) {
      const [lon, lat] = at();
      const compound = structures.length;
      structures.push({ kind: 'compound', parent: -1, community: community.index, name: `${random.pick(COMPOUND_PREFIXES)}小区${++compoundNumber > 1 ? compoundNumber : ''}`, lon, lat });
      const buildings = random.integer(6, 16);
      for (let buildingNumber = 1; buildingNumber <= buildings && cursor < households.length; buildingNumber++) {
        const building = structures.length;
        structures.push({ kind: 'building', parent: compound, community: community.index, name: `${buildingNumber}号楼`, lon, lat });
        const units = random.integer(2, 3);
        for (let unitNumber = 1; unitNumber <= units && cursor < households.length; unitNumber++) {
          const unit = structures.length;
          structures.push({ kind: 'unit', parent: building, community: community.index, name: `${unitNumber}单元`, lon, lat });
          for (let flat = 0; flat < FLOORS * FLATS_PER_FLOOR && cursor < households.length; flat++) {
            const household = households[cursor++]!;
            householdParent[household] = unit;
            householdName[household] = `${Math.floor(flat / FLATS_PER_FLOOR) + 1}0${(flat % FLATS_PER_FLOOR) + 1}`;
          }
        }
      }
    }
  }
  return { structures, householdParent, householdName };
}
