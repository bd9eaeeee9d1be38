import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { venueTypes } from '../places/model.ts';
import { parseResidentId } from '../people/resident-id.ts';
import { COUNTY_FILES, writeCountyFiles } from './county-files.ts';
import { MALE } from './population.ts';
import { synthesizeCounty, type SyntheticCounty } from './synthesize.ts';
import { OCCUPATION } from './venues.ts';

const PERSONS = 60_000;
let county: SyntheticCounty;
const folders: string[] = [];
const tempFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'bulwark-sim-'));
  folders.push(folder);
  return folder;
};

beforeAll(async () => {
  county = await synthesizeCounty({ countyCode: '140703', persons: PERSONS, seed: 'validity', startDate: '2026-11-01' });
});
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('the synthetic county reproduces its inputs', () => {
  test('it is built on the real townships and communities of Taigu', () => {
    expect(county.frame.name).toBe('太谷区');
    expect(county.frame.communities.length).toBeGreaterThan(100);
    expect(county.frame.communities.every((community) => community.code.startsWith('140703') && community.code.length === 12)).toBe(true);
  });

  test('the age pyramid matches the input shares within 0.5 percentage points per 5-year group', () => {
    const { ageGroups } = county.inputs.demography;
    const total = ageGroups.reduce((sum, group) => sum + group.share, 0);
    for (const group of ageGroups) {
      let count = 0;
      for (let person = 0; person < PERSONS; person++) if (county.people.age[person]! >= group.from && county.people.age[person]! <= group.to) count++;
      expect(Math.abs((count / PERSONS) * 100 - (group.share / total) * 100)).toBeLessThan(0.5);
    }
  });

  test('the sex ratio matches the input within 2 males per 100 females', () => {
    let males = 0;
    for (let person = 0; person < PERSONS; person++) if (county.people.sex[person] === MALE) males++;
    expect(Math.abs((males / (PERSONS - males)) * 100 - county.inputs.demography.malesPer100Females)).toBeLessThan(2);
  });

  test('household sizes match the input shares within 1.5 percentage points', () => {
    const { householdSizes } = county.inputs.demography;
    const total = householdSizes.reduce((sum, item) => sum + item.share, 0);
    const { householdSize, householdCount } = county.people;
    for (const item of householdSizes) {
      let count = 0;
      for (let household = 0; household < householdCount; household++) if (householdSize[household] === item.size) count++;
      expect(Math.abs((count / householdCount) * 100 - (item.share / total) * 100)).toBeLessThan(1.5);
    }
  });

  test('children live with an adult, and every person has exactly one household', () => {
    const { people } = county;
    let alone = 0;
    let children = 0;
    for (let household = 0; household < people.householdCount; household++) {
      const first = people.householdFirst[household]!;
      const members = Array.from({ length: people.householdSize[household]! }, (_, offset) => first + offset);
      for (const member of members) expect(people.household[member]).toBe(household);
      const hasAdult = members.some((member) => people.age[member]! >= 18);
      for (const member of members) {
        if (people.age[member]! >= 18) continue;
        children++;
        if (!hasAdult) alone++;
      }
    }
    expect(alone / children).toBeLessThan(0.01);
  });

  test('every key-place type exists, and everything lies within 25 km of the county centre', () => {
    const types = new Set(county.activities.venues.map((venue) => venue.type));
    for (const type of venueTypes) expect(types.has(type)).toBe(true);
    const [lon0, lat0] = county.frame.center;
    const km = (lon: number, lat: number) => Math.hypot((lon - lon0) * 111.32 * Math.cos((lat0 * Math.PI) / 180), (lat - lat0) * 111.32);
    for (const venue of county.activities.venues) expect(km(venue.lon, venue.lat)).toBeLessThan(25);
    for (const structure of county.dwellings.structures) expect(km(structure.lon, structure.lat)).toBeLessThan(25);
  });

  test('school-age children attend school in classes no larger than the input class size', () => {
    const { people, activities } = county;
    const classSizes = new Map<number, number>();
    for (let person = 0; person < PERSONS; person++) {
      const age = people.age[person]!;
      if (age >= 6 && age <= 17) {
        expect(activities.occupation[person]).toBe(OCCUPATION.pupil);
        expect(activities.venues[activities.affiliation[person]!]!.type).toBe('school');
      }
      if (activities.group[person]! >= 0) classSizes.set(activities.group[person]!, (classSizes.get(activities.group[person]!) ?? 0) + 1);
    }
    const largest = Math.max(...classSizes.values());
    expect(largest).toBeLessThanOrEqual(county.inputs.venues.classSize.school);
  });

  test('identity numbers are valid, unique and agree with age and sex; phones are unique', () => {
    const { identity, people } = county;
    expect(new Set(Array.from({ length: PERSONS }, (_, person) => identity.document(person))).size).toBe(PERSONS);
    expect(new Set(Array.from({ length: PERSONS }, (_, person) => identity.phone(person))).size).toBe(PERSONS);
    for (let person = 0; person < PERSONS; person += 97) {
      const parsed = parseResidentId(identity.document(person));
      if (!('facts' in parsed)) throw new Error(`invalid ID for person ${person}: ${parsed.problem}`);
      expect(parsed.facts.sex).toBe(people.sex[person] === MALE ? 'male' : 'female');
      expect(parsed.facts.birthDate).toBe(identity.birthDate(person));
      const age = 2026 - Number(parsed.facts.birthDate.slice(0, 4)) - (parsed.facts.birthDate.slice(5) > '11-01' ? 1 : 0);
      expect(age).toBe(people.age[person]);
    }
  });
});

describe('determinism', () => {
  const digest = (folder: string) =>
    Object.values(COUNTY_FILES)
      .map((file) => createHash('sha256').update(readFileSync(join(folder, file))).digest('hex'))
      .join(':');

  test('the same seed gives byte-identical files; another seed different ones', async () => {
    const options = { countyCode: '140703', persons: 3000, startDate: '2026-11-01' };
    const [first, second, other] = [tempFolder(), tempFolder(), tempFolder()];
    writeCountyFiles(await synthesizeCounty({ ...options, seed: 'same' }), first);
    writeCountyFiles(await synthesizeCounty({ ...options, seed: 'same' }), second);
    writeCountyFiles(await synthesizeCounty({ ...options, seed: 'other' }), other);
    expect(digest(first)).toBe(digest(second));
    expect(digest(first)).not.toBe(digest(other));
  });

  test('a tiny county matches its expected files', async () => {
    const folder = tempFolder();
    writeCountyFiles(await synthesizeCounty({ countyCode: '140703', persons: 300, seed: 'tiny', startDate: '2026-11-01' }), folder);
    for (const file of Object.values(COUNTY_FILES)) {
      expect(readFileSync(join(folder, file), 'utf8')).toBe(readFileSync(new URL(`./fixtures/tiny-140703/${file}`, import.meta.url), 'utf8'));
    }
  });
});
