import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { addDays } from '../platform/time.ts';
import { loadDiseaseProfile } from './disease.ts';
import type { OutbreakSimulation, TestResult } from './outbreak.ts';
import { outputPath } from './output.ts';
import { Random } from './random.ts';
import { runSimulation } from './run.ts';
import type { SyntheticCounty } from './synthesize.ts';

export interface DemoOutbreakOptions {
  days: number;
  importedCases: number;
  profile: string;
}

/**
 * The demo's outbreak: ten days, short enough to simulate and import in about twenty seconds at 100,000
 * people, with enough infections brought in on the first day that about a dozen are detected by its end.
 */
export const DEMO_OUTBREAK: DemoOutbreakOptions = { days: 10, importedCases: 20, profile: 'omicron' };

/** A detected infection as an investigator reports it: what the positive test and the patient told. */
export interface CaseReport {
  personDocument: string;
  /** Asymptomatic when no symptom had begun by the sampling day: what was known at the report. */
  classification: 'confirmed' | 'asymptomatic';
  onsetDate: string | null;
  sampledDate: string;
  detectedAt: string;
  reportedAt: string;
  symptoms: string[];
}

/** What the demo keeps of its outbreak beside the simulator's files: the period simulated and the cases detected. */
export interface DemoOutbreak {
  startDate: string;
  days: number;
  caseReports: CaseReport[];
}

/** Written last, so that its presence means the whole run was written. */
export const DEMO_OUTBREAK_FILE = 'demo-outbreak.json';

export function readDemoOutbreak(folder: string): DemoOutbreak | undefined {
  const path = outputPath(folder, DEMO_OUTBREAK_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as DemoOutbreak) : undefined;
}

/**
 * Runs the outbreak in the county over the days from startDate and writes the county, its check-ins and
 * signals into the folder. The simulator tests people at the start of a day, so each fever-clinic visitor
 * is sampled the morning after the visit; every positive becomes a case report.
 */
export function simulateDemoOutbreak(county: SyntheticCounty, folder: string, startDate: string, options: DemoOutbreakOptions): DemoOutbreak {
  rmSync(outputPath(folder, DEMO_OUTBREAK_FILE), { force: true });
  // The same people (ages as of the county's own date), living through the recent days.
  const recent: SyntheticCounty = { ...county, startDate };
  let toTest: number[] = [];
  const positives: TestResult[] = [];
  const simulation = runSimulation(recent, loadDiseaseProfile(options.profile), folder, {
    days: options.days,
    importedCases: options.importedCases,
    seed: county.seed,
    interventionsFor: () => toTest.splice(0).map((person) => ({ kind: 'test' as const, person })),
    onDay: (outcome, _simulation, observed) => {
      toTest = observed.feverClinicVisits.map((visit) => visit.person);
      // A person tested again after a positive is reported once.
      for (const result of outcome.testResults) if (result.positive && !positives.some((known) => known.person === result.person)) positives.push(result);
    },
  });
  const outbreak: DemoOutbreak = { startDate, days: options.days, caseReports: positives.map((result) => caseReportOf(simulation, result)) };
  writeFileSync(outputPath(folder, DEMO_OUTBREAK_FILE), JSON.stringify(outbreak, null, 2) + '\n');
  return outbreak;
}

/**
 * A positive test as a case: the result comes in on the afternoon of the sampling day and is reported within
 * a few hours, all before that day ends (so never after the last simulated day). The hours are drawn per
 * person, since the simulator has no laboratory or reporting delays.
 */
function caseReportOf(simulation: OutbreakSimulation, result: TestResult): CaseReport {
  const { person, sampledDay } = result;
  const sampledDate = simulation.dateOf(sampledDay);
  const random = new Random(`${simulation.county.seed}:report:${person}`);
  const detectedMinute = random.integer(12 * 60, 20 * 60);
  const reportedMinute = detectedMinute + random.integer(30, 210);
  const symptomatic = simulation.asymptomatic[person] === 0 && simulation.onsetDay[person]! <= sampledDay;
  return {
    personDocument: simulation.county.identity.document(person),
    classification: symptomatic ? 'confirmed' : 'asymptomatic',
    onsetDate: symptomatic ? simulation.dateOf(simulation.onsetDay[person]!) : null,
    sampledDate,
    detectedAt: chinaTime(sampledDate, detectedMinute),
    reportedAt: chinaTime(sampledDate, reportedMinute),
    symptoms: symptomatic ? simulation.symptomsOf(person) : [],
  };
}

/** The simulator's instants are local time in China (UTC+8, no daylight saving). */
function chinaTime(date: string, minute: number): string {
  return `${date}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+08:00`;
}

/** The instant a simulated day begins. */
export function simulatedDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** The instant after the last simulated day. */
export function simulatedPeriodEnd(outbreak: Pick<DemoOutbreak, 'startDate' | 'days'>): Date {
  return simulatedDayStart(addDays(outbreak.startDate, outbreak.days));
}
