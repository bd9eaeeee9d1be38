import { writeFileSync } from 'node:fs';
import { COUNTY_FILES, refPrefix, writeCountyFiles } from './county-files.ts';
import type { DiseaseProfile } from './disease.ts';
import { createObserver, type Observations } from './observations.ts';
import { OutbreakSimulation, type DayOutcome, type Infection, type Intervention } from './outbreak.ts';
import { LineWriter, outputFolder, outputPath } from './output.ts';
import { Random } from './random.ts';
import type { SyntheticCounty } from './synthesize.ts';

/** Files of a simulated period: what the platform may import, and the ground truth it must never read. */
export const RUN_FILES = {
  checkins: 'checkins.csv',
  feverClinicVisits: 'fever_clinic_visits.csv',
  pharmacyPurchases: 'pharmacy_purchases.csv',
  schoolAbsences: 'school_absences.csv',
  symptomReports: 'symptom_reports.csv',
  testResults: 'test_results.csv',
  truthInfections: 'truth/infections.csv',
  truthSummary: 'truth/summary.json',
} as const;

/** Scanning behaviour (drill assumptions): who scans in, who scans out. */
export const SCANNING = { visitScanIn: 0.85, staffScanIn: 0.6, scanOut: 0.35 } as const;

export interface RunOptions {
  days: number;
  importedCases: number;
  seed: string;
  /** Interventions for a day, asked before the day is simulated (a drill or the platform in the loop). */
  interventionsFor?: (day: number, simulation: OutbreakSimulation) => Intervention[];
  /** Called after each day with what happened and what the real world showed of it (the signals written). */
  onDay?: (outcome: DayOutcome, simulation: OutbreakSimulation, observed: Observations) => void;
}

/**
 * Runs an outbreak in a synthetic county and streams every output: the county itself, each day's venue
 * check-ins (with scanning compliance and temperatures), the sentinel signals, test results, and the ground
 * truth of who infected whom, where and when, in a separate truth/ folder.
 */
export function runSimulation(county: SyntheticCounty, profile: DiseaseProfile, folder: string, options: RunOptions): OutbreakSimulation {
  outputFolder(folder);
  outputFolder(outputPath(folder, 'truth'));
  writeCountyFiles(county, folder);
  const prefix = refPrefix(county);
  const { identity, activities, people } = county;
  const simulation = new OutbreakSimulation(county, profile, options.seed);
  const random = new Random(`${options.seed}:observations`);
  const pickSeeds = new Random(`${options.seed}:imported`);
  const adults: number[] = [];
  for (let person = 0; person < people.count && adults.length < options.importedCases * 50; person++) if (people.age[person]! >= 20 && people.age[person]! < 60) adults.push(person);
  simulation.seed(pickSeeds.shuffle(adults).slice(0, options.importedCases), 0);
  const observe = createObserver(simulation);
  const seeded = [...simulation.infections];

  const open = (name: string, header: string[]) => {
    const writer = new LineWriter(outputPath(folder, name));
    writer.csv(header);
    return writer;
  };
  const checkins = open(RUN_FILES.checkins, ['id', 'person_document', 'venue_ref', 'entered_at', 'exited_at', 'temperature']);
  const fever = open(RUN_FILES.feverClinicVisits, ['person_document', 'venue_ref', 'visited_at', 'temperature']);
  const pharmacy = open(RUN_FILES.pharmacyPurchases, ['person_document', 'venue_ref', 'purchased_at', 'category']);
  const absences = open(RUN_FILES.schoolAbsences, ['date', 'person_document', 'venue_ref', 'class', 'reason']);
  const symptoms = open(RUN_FILES.symptomReports, ['date', 'person_document', 'symptoms']);
  const tests = open(RUN_FILES.testResults, ['person_document', 'sampled_on', 'result']);
  const truth = open(RUN_FILES.truthInfections, ['infectee_document', 'infector_document', 'setting', 'venue_ref', 'infected_on', 'infected_at', 'onset_on', 'asymptomatic', 'symptoms']);
  const instant = (date: string, minute: number) => `${date}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+08:00`;
  const venueRef = (venue: number) => `${prefix}-v${venue}`;

  for (const infection of seeded) truthRow(infection);
  for (let day = 0; day < options.days; day++) {
    const outcome = simulation.step(options.interventionsFor?.(day, simulation) ?? []);
    const date = simulation.dateOf(day);
    const { visits } = outcome;
    for (let index = 0; index < visits.count; index++) {
      const person = visits.person[index]!;
      const staff = visits.routine[index] === 1;
      if (!random.chance(staff ? SCANNING.staffScanIn : SCANNING.visitScanIn)) continue;
      const feverish = simulation.fever[person] === 1 && day >= simulation.onsetDay[person]! && day <= simulation.onsetDay[person]! + 3;
      const temperature = feverish ? Math.max(37.3, Math.round(random.normal(38.2, 0.5) * 10) / 10) : Math.min(37.2, Math.round(random.normal(36.4, 0.3) * 10) / 10);
      checkins.csv([`${prefix}-c${day}-${index}`, identity.document(person), venueRef(visits.venue[index]!), instant(date, visits.start[index]!), random.chance(SCANNING.scanOut) ? instant(date, visits.end[index]!) : '', temperature]);
    }
    const observed = observe(day, random);
    for (const visit of observed.feverClinicVisits) fever.csv([identity.document(visit.person), venueRef(visit.venue), instant(date, visit.minute), visit.temperature]);
    for (const purchase of observed.pharmacyPurchases) pharmacy.csv([identity.document(purchase.person), venueRef(purchase.venue), instant(date, purchase.minute), purchase.category]);
    for (const absence of observed.schoolAbsences) absences.csv([date, identity.document(absence.person), venueRef(absence.venue), `${prefix}-g${absence.group}`, absence.reason]);
    for (const report of observed.symptomReports) symptoms.csv([date, identity.document(report.person), report.symptoms.join(';')]);
    for (const result of outcome.testResults) tests.csv([identity.document(result.person), simulation.dateOf(result.sampledDay), result.positive ? 'positive' : 'negative']);
    for (const infection of outcome.infections) truthRow(infection);
    options.onDay?.(outcome, simulation, observed);
  }
  function truthRow(infection: Infection) {
    const person = infection.infectee;
    truth.csv([
      identity.document(person),
      infection.infector >= 0 ? identity.document(infection.infector) : '',
      infection.setting,
      infection.venue >= 0 ? venueRef(infection.venue) : '',
      simulation.dateOf(infection.day),
      infection.minute >= 0 ? instant(simulation.dateOf(infection.day), infection.minute) : '',
      simulation.asymptomatic[person] ? '' : simulation.dateOf(simulation.onsetDay[person]!),
      simulation.asymptomatic[person] ? 'true' : 'false',
      simulation.symptomsOf(person).join(';'),
    ]);
  }
  for (const writer of [checkins, fever, pharmacy, absences, symptoms, tests, truth]) writer.close();
  writeFileSync(
    outputPath(folder, RUN_FILES.truthSummary),
    JSON.stringify({ profile: profile.name, seed: options.seed, days: options.days, importedCases: options.importedCases, infections: simulation.infections.length, checkins: checkins.lines - 1, files: { ...COUNTY_FILES, ...RUN_FILES }, affiliatedVenues: activities.venues.length }, null, 2) + '\n',
  );
  return simulation;
}
