import { writeFileSync } from 'node:fs';
import { LineWriter, outputFolder, outputPath } from './output.ts';
import { MALE } from './population.ts';
import type { SyntheticCounty } from './synthesize.ts';
import { PRIORITY_BITS } from './venues.ts';

/** The files a synthetic county becomes, in the formats `bulwark import` reads. */
export const COUNTY_FILES = { places: 'places.csv', people: 'people.csv', summary: 'summary.json' } as const;

/** The prefix of every reference a simulation writes, so that runs with other seeds or counties never collide. */
export function refPrefix(county: SyntheticCounty): string {
  return `sim-${county.frame.code}-${county.seed}-${county.people.count}`;
}

/** Writes places (compounds, buildings, units, households, venues; parents first) and people as CSV. */
export function writeCountyFiles(county: SyntheticCounty, folder: string): { places: number; people: number } {
  outputFolder(folder);
  const prefix = refPrefix(county);
  const { frame, people, dwellings, activities, identity } = county;
  const places = new LineWriter(outputPath(folder, COUNTY_FILES.places));
  places.csv(['ref', 'kind', 'parent_ref', 'jurisdiction_code', 'name', 'venue_type', 'address', 'latitude', 'longitude', 'outline']);
  dwellings.structures.forEach((structure, index) => {
    const top = structure.parent < 0;
    places.csv([`${prefix}-s${index}`, structure.kind, top ? '' : `${prefix}-s${structure.parent}`, top ? frame.communities[structure.community]!.code : '', structure.name, '', '', structure.lat, structure.lon, '']);
  });
  for (let household = 0; household < people.householdCount; household++) {
    places.csv([`${prefix}-h${household}`, 'household', `${prefix}-s${dwellings.householdParent[household]}`, '', dwellings.householdName[household], '', '', '', '', '']);
  }
  activities.venues.forEach((venue, index) => {
    places.csv([`${prefix}-v${index}`, 'venue', '', frame.communities[venue.community]!.code, venue.name, venue.type, '', venue.lat, venue.lon, '']);
  });
  places.close();

  const persons = new LineWriter(outputPath(folder, COUNTY_FILES.people));
  persons.csv(['name', 'document_type', 'document_number', 'jurisdiction_code', 'phone', 'birth_date', 'sex', 'household_ref', 'affiliation_ref', 'affiliation_group', 'priority_groups']);
  for (let person = 0; person < people.count; person++) {
    const flags = activities.flags[person]!;
    const groups = PRIORITY_BITS.filter((_, bit) => flags & (1 << bit)).join(';');
    const affiliation = activities.affiliation[person]!;
    // Pupils' and students' classes, under the ref that school_absences.csv gives them; workers have none.
    const group = activities.group[person]!;
    persons.csv([
      identity.name(person),
      'resident_id',
      identity.document(person),
      '',
      identity.phone(person),
      identity.birthDate(person),
      people.sex[person] === MALE ? 'male' : 'female',
      `${prefix}-h${people.household[person]}`,
      affiliation >= 0 ? `${prefix}-v${affiliation}` : '',
      group >= 0 ? `${prefix}-g${group}` : '',
      groups,
    ]);
  }
  persons.close();

  writeFileSync(
    outputPath(folder, COUNTY_FILES.summary),
    JSON.stringify(
      {
        county: { code: frame.code, name: frame.name, center: frame.center, communities: frame.communities.length },
        seed: county.seed,
        startDate: county.startDate,
        persons: people.count,
        households: people.householdCount,
        structures: dwellings.structures.length,
        venues: activities.venues.length,
        classes: activities.groupCount,
        sources: { demography: county.inputs.demography.source, venues: county.inputs.venues.source },
      },
      null,
      2,
    ) + '\n',
  );
  return { places: places.lines - 1, people: persons.lines - 1 };
}
