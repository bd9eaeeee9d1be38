import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { importCheckinsCsv } from '../checkins/import.ts';
import { checkinRulesFor } from '../checkins/protocol-rules.ts';
import { CHINA_TIME_ZONE } from '../jurisdictions/china.ts';
import { importPeopleCsv } from '../people/import.ts';
import { importPlacesCsv } from '../places/service.ts';
import { systemActor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import type { ImportReport } from '../platform/imports.ts';
import { addDays, localDate } from '../platform/time.ts';
import { COUNTY_FILES } from './county-files.ts';
import { recordDemoCases } from './demo-cases.ts';
import { DEMO_OUTBREAK, readDemoOutbreak, simulateDemoOutbreak, simulatedDayStart, simulatedPeriodEnd, type DemoOutbreak, type DemoOutbreakOptions } from './demo-outbreak.ts';
import { RUN_FILES } from './run.ts';
import { synthesizeCounty, type CountyOptions } from './synthesize.ts';

/** The county a newcomer sees: Taigu district (Jinzhong, Shanxi), about 100,000 people. */
export const DEMO_COUNTY: CountyOptions = { countyCode: '140703', persons: 100_000, seed: 'demo', startDate: '2026-11-01' };

const DAY_MS = 86_400_000;

/** An import's progress callback that says how many rows were read every so many rows. */
function sayEvery(rows: number, what: string, say: (line: string) => void): (report: ImportReport) => void {
  let shown = 0;
  return (report) => {
    if (report.received - shown < rows) return;
    shown = report.received;
    say(`${what}: ${report.received.toLocaleString('en-US')} read…`);
  };
}

/**
 * Loads a simulated county through the platform's own import paths: places first, then people. Safe to
 * run again: everything already imported is left unchanged.
 */
export async function importSimulatedCounty(platform: Platform, folder: string, say: (line: string) => void): Promise<{ places: ImportReport; people: ImportReport }> {
  const actor = systemActor('demo');
  say('importing places…');
  const places = await importPlacesCsv(platform, actor, createReadStream(join(folder, COUNTY_FILES.places)));
  say(`places: ${places.inserted} new, ${places.unchanged} already there, ${places.rejected.length} rejected`);
  const people = await importPeopleCsv(platform, actor, createReadStream(join(folder, COUNTY_FILES.people)), sayEvery(20_000, 'people', say));
  say(`people: ${people.inserted} new, ${people.unchanged} already there, ${people.rejected.length} rejected`);
  return { places, people };
}

/** Imports the simulated check-ins through the platform's import path, as `bulwark import checkins` does. */
async function importSimulatedCheckins(platform: Platform, folder: string, say: (line: string) => void): Promise<void> {
  say('importing check-ins…');
  const report = await importCheckinsCsv(platform, systemActor('demo'), createReadStream(join(folder, RUN_FILES.checkins)), sayEvery(200_000, 'check-ins', say));
  say(`check-ins: ${report.inserted} new, ${report.unchanged} already there, ${report.rejected.length} rejected`);
}

/**
 * The period the demo simulates: the whole days before today (in China, where the simulator's clocks are),
 * at most as many as the protocol keeps check-ins for, so that at any hour of today the first day's are kept.
 */
function recentPeriod(now: Date, retentionDays: number, wanted: DemoOutbreakOptions): DemoOutbreakOptions & { startDate: string } {
  const days = Math.max(0, Math.min(wanted.days, retentionDays - 1));
  return { ...wanted, days, startDate: addDays(localDate(now, CHINA_TIME_ZONE), -days) };
}

/** Whether a simulated period's check-ins may still be imported: none past the retention, none in the future. */
function datedUsefully(outbreak: DemoOutbreak, now: Date, retentionDays: number): boolean {
  return simulatedDayStart(outbreak.startDate).getTime() >= now.getTime() - retentionDays * DAY_MS && simulatedPeriodEnd(outbreak) <= now;
}

/**
 * Simulates the demo county and its recent days into a folder and imports it: places, people, the check-ins
 * of the days before today, and a handful of the infections detected as cases. The check-ins are simulated
 * once, at the first load, for the days before it; a later load reuses the folder while its check-ins are
 * still within the protocol's retention (they are then in the database already, or purged), and simulates
 * the days before it again otherwise. Safe to run again: nothing is added twice.
 */
export async function loadDemoCounty(platform: Platform, folder: string, say: (line: string) => void, options: CountyOptions = DEMO_COUNTY, outbreakOptions: DemoOutbreakOptions = DEMO_OUTBREAK): Promise<void> {
  const now = platform.clock.now();
  const { retentionDays } = await checkinRulesFor(platform, options.countyCode, now);
  const kept = readDemoOutbreak(folder);
  const outbreak = kept && datedUsefully(kept, now, retentionDays) ? kept : await simulateDemoCounty(folder, say, options, recentPeriod(now, retentionDays, outbreakOptions));
  await importSimulatedCounty(platform, folder, say);
  await importSimulatedCheckins(platform, folder, say);
  await recordDemoCases(platform, options.countyCode, outbreak.caseReports, say);
}

async function simulateDemoCounty(folder: string, say: (line: string) => void, options: CountyOptions, period: DemoOutbreakOptions & { startDate: string }): Promise<DemoOutbreak> {
  say(`simulating ${options.persons.toLocaleString('en-US')} people in county ${options.countyCode} and an outbreak over the ${period.days} days from ${period.startDate}…`);
  const county = await synthesizeCounty(options);
  const outbreak = simulateDemoOutbreak(county, folder, period.startDate, period);
  say(`wrote the county, its check-ins and ${outbreak.caseReports.length} detected infections to ${folder}`);
  return outbreak;
}
