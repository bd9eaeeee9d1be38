import { readChinaDivisions } from '../jurisdictions/china.ts';
import type { Random } from './random.ts';

/** A village or community of the simulated county, with a location (WGS84 longitude, latitude). */
export interface Community {
  index: number;
  code: string;
  name: string;
  townshipCode: string;
  townshipName: string;
  kind: 'urban' | 'rural';
  lon: number;
  lat: number;
}

export interface CountyFrame {
  code: string;
  name: string;
  center: [number, number];
  communities: Community[];
}

/**
 * Approximate centres of counties the simulator knows (WGS84 longitude, latitude); any other county
 * needs --center. Taigu from its public seat coordinates.
 */
export const KNOWN_CENTERS: Record<string, [number, number]> = {
  '140703': [112.551, 37.421],
};

/** Radius (km) in which townships are spread around the county centre, and villages around their township. */
const TOWNSHIP_RADIUS_KM = 14;
const VILLAGE_RADIUS_KM = 3;
const KM_PER_DEGREE_LAT = 111.32;

/** A point uniformly distributed in a disc around a centre. */
export function scatter(random: Random, center: [number, number], radiusKm: number): [number, number] {
  const distance = radiusKm * Math.sqrt(random.next());
  const angle = 2 * Math.PI * random.next();
  const lat = center[1] + (distance * Math.sin(angle)) / KM_PER_DEGREE_LAT;
  const lon = center[0] + (distance * Math.cos(angle)) / (KM_PER_DEGREE_LAT * Math.cos((center[1] * Math.PI) / 180));
  return [round6(lon), round6(lat)];
}

export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

const URBAN = /社区|居委会|居民委员会/;

/** The county's real townships and villages or communities from the bundled division data, located around its centre. */
export async function loadCountyFrame(countyCode: string, random: Random, center?: [number, number]): Promise<CountyFrame> {
  const known = center ?? KNOWN_CENTERS[countyCode];
  if (!known) throw new Error(`no centre known for county ${countyCode}: give --center lon,lat`);
  let name = '';
  const townships = new Map<string, { name: string; center: [number, number] }>();
  const communities: Community[] = [];
  for await (const division of readChinaDivisions({ everywhereDownTo: 'province', fullDepthWithin: [countyCode] })) {
    if (division.level === 'county' && division.code === countyCode) name = division.name;
    if (division.level === 'township' && division.code.startsWith(countyCode)) {
      // The county seat's streets (街道) cluster near the centre; towns spread out.
      const radius = division.name.endsWith('街道') ? TOWNSHIP_RADIUS_KM / 5 : TOWNSHIP_RADIUS_KM;
      townships.set(division.code, { name: division.name, center: scatter(random, known, radius) });
    }
    if (division.level === 'village' && townships.has(division.parentCode)) {
      const township = townships.get(division.parentCode)!;
      const [lon, lat] = scatter(random, township.center, VILLAGE_RADIUS_KM);
      communities.push({
        index: communities.length,
        code: division.code,
        name: division.name,
        townshipCode: division.parentCode,
        townshipName: township.name,
        kind: URBAN.test(division.name) ? 'urban' : 'rural',
        lon,
        lat,
      });
    }
  }
  if (!name) throw new Error(`county ${countyCode} is not in the division data`);
  if (communities.length === 0) throw new Error(`county ${countyCode} has no villages or communities in the division data`);
  return { code: countyCode, name, center: known, communities };
}
