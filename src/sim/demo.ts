import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { importPeopleCsv } from '../people/import.ts';
import { importPlacesCsv } from '../places/service.ts';
import { systemActor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import type { ImportReport } from '../platform/imports.ts';
import { COUNTY_FILES, writeCountyFiles } from './county-files.ts';
import { synthesizeCounty, type CountyOptions } from './synthesize.ts';

/** The county a newcomer sees: Taigu district (Jinzhong, Shanxi), about 100,000 people. */
export const DEMO_COUNTY: CountyOptions = { countyCode: '140703', persons: 100_000, seed: 'demo', startDate: '2026-11-01' };

/**
 * Loads a simulated county through the platform's own import paths: places first, then people. Safe to
 * run again: everything already imported is left unchanged.
 */
export async function importSimulatedCounty(platform: Platform, folder: string, say: (line: string) => void): Promise<{ places: ImportReport; people: ImportReport }> {
  const actor = systemActor('demo');
  say('importing places…');
  const places = await importPlacesCsv(platform, actor, createReadStream(join(folder, COUNTY_FILES.places)));
  say(`places: ${places.inserted} new, ${places.unchanged} already there, ${places.rejected.length} rejected`);
  let shown = 0;
  const people = await importPeopleCsv(platform, actor, createReadStream(join(folder, COUNTY_FILES.people)), (report) => {
    if (report.received - shown >= 20_000) {
      shown = report.received;
      say(`people: ${report.received.toLocaleString('en-US')} read…`);
    }
  });
  say(`people: ${people.inserted} new, ${people.unchanged} already there, ${people.rejected.length} rejected`);
  return { places, people };
}

/** Simulates the demo county into a folder (unless it is there already) and imports it. */
export async function loadDemoCounty(platform: Platform, folder: string, say: (line: string) => void, options: CountyOptions = DEMO_COUNTY): Promise<void> {
  if (!existsSync(join(folder, COUNTY_FILES.summary))) {
    say(`simulating ${options.persons.toLocaleString('en-US')} people in county ${options.countyCode}…`);
    const county = await synthesizeCounty(options);
    const written = writeCountyFiles(county, folder);
    say(`wrote ${written.places.toLocaleString('en-US')} places and ${written.people.toLocaleString('en-US')} people to ${folder}`);
  }
  await importSimulatedCounty(platform, folder, say);
}
