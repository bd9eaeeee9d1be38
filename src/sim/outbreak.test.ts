import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDiseaseProfile, meanInfectiousnessOffset, type DiseaseProfile } from './disease.ts';
import { NEVER, OutbreakSimulation } from './outbreak.ts';
import { Random } from './random.ts';
import { runSimulation } from './run.ts';
import { synthesizeCounty, type SyntheticCounty } from './synthesize.ts';

let county: SyntheticCounty;
const omicron = loadDiseaseProfile('omicron');
const folders: string[] = [];

beforeAll(async () => {
  county = await synthesizeCounty({ countyCode: '140703', persons: 40_000, seed: 'outbreak', startDate: '2026-11-01' });
});
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function seedRandomly(simulation: OutbreakSimulation, count: number, seed: string) {
  const random = new Random(seed);
  simulation.seed(Array.from({ length: count }, () => random.integer(0, county.people.count - 1)), 0);
}

/** Standard normal CDF by the Abramowitz–Stegun 7.1.26 approximation of erf (error < 1.5e-7). */
function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Mean of max(1, round(X)) for X log-normal with the given mean and sd, from its CDF. */
function expectedRoundedIncubation(mean: number, sd: number): number {
  const sigma = Math.sqrt(Math.log(1 + (sd * sd) / (mean * mean)));
  const mu = Math.log(mean) - (sigma * sigma) / 2;
  const cdf = (x: number) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / sigma));
  let expected = cdf(1.5);
  for (let day = 2; day < 60; day++) expected += day * (cdf(day + 0.5) - cdf(day - 0.5));
  return expected;
}

describe('the outbreak reproduces its profile', () => {
  let simulation: OutbreakSimulation;
  beforeAll(() => {
    simulation = new OutbreakSimulation(county, omicron, 'validity');
    seedRandomly(simulation, 30, 'seeds');
    for (let day = 0; day < 28; day++) simulation.step();
  });

  test('it grows from imported cases through every setting', () => {
    const settings = new Set(simulation.infections.map((infection) => infection.setting));
    expect([...settings].sort()).toEqual(['household', 'imported', 'school', 'venue', 'workplace']);
    expect(simulation.infections.length).toBeGreaterThan(500);
  });

  test('observed incubation periods have the profile’s mean (±0.25 d) and spread (±20%)', () => {
    const periods = simulation.infections.map((infection) => simulation.onsetDay[infection.infectee]! - infection.day);
    const mean = periods.reduce((sum, value) => sum + value, 0) / periods.length;
    expect(Math.abs(mean - expectedRoundedIncubation(omicron.incubationDays.mean, omicron.incubationDays.sd))).toBeLessThan(0.25);
    const sd = Math.sqrt(periods.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (periods.length - 1));
    expect(Math.abs(sd - omicron.incubationDays.sd) / omicron.incubationDays.sd).toBeLessThan(0.2);
  });

  test('the serial interval has the mean the profile implies: incubation plus infectiousness offset (±0.6 d)', () => {
    const intervals = simulation.infections
      .filter((infection) => infection.infector >= 0 && !simulation.asymptomatic[infection.infector] && !simulation.asymptomatic[infection.infectee])
      .map((infection) => simulation.onsetDay[infection.infectee]! - simulation.onsetDay[infection.infector]!);
    expect(intervals.length).toBeGreaterThan(200);
    const mean = intervals.reduce((sum, value) => sum + value, 0) / intervals.length;
    const expected = expectedRoundedIncubation(omicron.incubationDays.mean, omicron.incubationDays.sd) + meanInfectiousnessOffset(omicron);
    expect(Math.abs(mean - expected)).toBeLessThan(0.6);
  });

  test('early growth agrees with the Euler–Lotka equation for the observed R and generation intervals (±35%)', () => {
    // Wallinga & Lipsitch 2007, Proc R Soc B 274:599: 1 = R * sum over tau of g(tau) * exp(-r tau).
    const offspring = new Map<number, number>();
    const generation: number[] = [];
    for (const infection of simulation.infections) {
      if (infection.infector < 0) continue;
      offspring.set(infection.infector, (offspring.get(infection.infector) ?? 0) + 1);
      generation.push(infection.day - simulation.infectedDay[infection.infector]!);
    }
    const early = simulation.infections.filter((infection) => infection.day >= 4 && infection.day <= 12);
    const reproduction = early.reduce((sum, infection) => sum + (offspring.get(infection.infectee) ?? 0), 0) / early.length;
    const eulerLotka = (r: number) => reproduction * generation.reduce((sum, tau) => sum + Math.exp(-r * tau), 0) / generation.length - 1;
    let low = 0;
    let high = 2;
    for (let iteration = 0; iteration < 60; iteration++) {
      const middle = (low + high) / 2;
      if (eulerLotka(middle) > 0) low = middle;
      else high = middle;
    }
    const predicted = low;
    const daily = new Array(28).fill(0);
    for (const infection of simulation.infections) if (infection.day < 28) daily[infection.day]++;
    const window = Array.from({ length: 15 }, (_, index) => 6 + index).filter((day) => daily[day] > 0);
    const xs = window;
    const ys = window.map((day) => Math.log(daily[day]));
    const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
    const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
    const slope = xs.reduce((sum, x, index) => sum + (x - meanX) * (ys[index]! - meanY), 0) / xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
    expect(reproduction).toBeGreaterThan(1);
    expect(Math.abs(slope - predicted) / predicted).toBeLessThan(0.35);
  });
});

describe('household secondary attack rate', () => {
  test('matches the profile when nothing else competes (±0.06)', () => {
    const profile: DiseaseProfile = {
      ...omicron,
      asymptomaticRelativeInfectiousness: { ...omicron.asymptomaticRelativeInfectiousness, value: 1 },
      ageSusceptibility: [{ from: 0, to: 120, relative: 1 }],
      transmission: {
        household: { ...omicron.transmission.household, secondaryAttackRate: 0.4 },
        workplace: { ...omicron.transmission.workplace, secondaryAttackRate: 0.01 },
        school: { ...omicron.transmission.school, secondaryAttackRate: 0.005 },
        venuePerContactHour: { ...omicron.transmission.venuePerContactHour, value: 0.0002 },
      },
    };
    const simulation = new OutbreakSimulation(county, profile, 'household');
    seedRandomly(simulation, 300, 'household seeds');
    for (let day = 0; day < 24; day++) simulation.step();
    const { people } = county;
    let exposed = 0;
    let infected = 0;
    for (const index of simulation.infections.filter((infection) => infection.day <= 8)) {
      const household = people.household[index.infectee]!;
      const first = people.householdFirst[household]!;
      const members = Array.from({ length: people.householdSize[household]! }, (_, offset) => first + offset).filter((member) => member !== index.infectee);
      // Only households where this person was the first case.
      if (members.some((member) => simulation.infectedDay[member] !== NEVER && simulation.infectedDay[member]! <= index.day)) continue;
      exposed += members.length;
      infected += members.filter((member) => simulation.infector[member] === index.infectee && simulation.infections.some((item) => item.infectee === member && item.setting === 'household')).length;
    }
    expect(exposed).toBeGreaterThan(300);
    expect(Math.abs(infected / exposed - 0.4)).toBeLessThan(0.06);
  });
});

describe('interventions', () => {
  test('an isolated person stops mixing in the settings named; a closed venue receives nobody; a sealed household stays in', () => {
    const simulation = new OutbreakSimulation(county, omicron, 'interventions');
    const person = county.activities.affiliation.findIndex((venue, index) => venue >= 0 && county.people.age[index]! >= 25);
    const venue = county.activities.venues.findIndex((item) => item.type === 'supermarket');
    const household = county.people.household[person + 100]!;
    const first = county.people.householdFirst[household]!;
    const outcome = simulation.step([
      { kind: 'isolate', person, settings: ['workplace', 'school', 'venue', 'household'] },
      { kind: 'close-venue', venue },
      { kind: 'seal-household', household },
    ]);
    for (let index = 0; index < outcome.visits.count; index++) {
      expect(outcome.visits.person[index]).not.toBe(person);
      expect(outcome.visits.venue[index]).not.toBe(venue);
      const visitor = outcome.visits.person[index]!;
      expect(visitor >= first && visitor < first + county.people.householdSize[household]!).toBe(false);
    }
    simulation.seed([person]);
    for (let day = 0; day < 15; day++) simulation.step();
    expect(simulation.infections.filter((infection) => infection.infector === person)).toEqual([]);
  });

  test('a sealed building keeps every household in it at home', () => {
    const simulation = new OutbreakSimulation(county, omicron, 'sealed building');
    const building = county.dwellings.structures.findIndex((structure) => structure.kind === 'building' && structure.parent >= 0);
    const inside = new Set<number>();
    for (let household = 0; household < county.people.householdCount; household++) {
      const unit = county.dwellings.householdParent[household]!;
      if (county.dwellings.structures[unit]!.parent !== building) continue;
      for (let offset = 0; offset < county.people.householdSize[household]!; offset++) inside.add(county.people.householdFirst[household]! + offset);
    }
    expect(inside.size).toBeGreaterThan(5);
    const outcome = simulation.step([{ kind: 'seal-building', structure: building, days: 7 }]);
    for (let index = 0; index < outcome.visits.count; index++) expect(inside.has(outcome.visits.person[index]!)).toBe(false);
  });

  test('a released person mixes again', () => {
    const simulation = new OutbreakSimulation(county, omicron, 'release');
    const person = county.activities.affiliation.findIndex((venue, index) => venue >= 0 && county.people.age[index]! >= 25);
    simulation.step([{ kind: 'isolate', person, settings: ['venue'], days: 10 }]);
    let seen = false;
    const outcome = simulation.step([{ kind: 'release', person }]);
    for (let index = 0; index < outcome.visits.count; index++) if (outcome.visits.person[index] === person) seen = true;
    expect(seen).toBe(true);
  });

  test('a test finds an infection in its detectable window and never a person who was not infected', () => {
    const simulation = new OutbreakSimulation(county, { ...omicron, testSensitivity: { ...omicron.testSensitivity, value: 1 } }, 'tests');
    simulation.seed([5], 0);
    for (let day = 0; day < simulation.onsetDay[5]!; day++) simulation.step();
    const results = simulation.step([{ kind: 'test', person: 5 }, { kind: 'test', person: 6 + (simulation.infectedDay[6] === NEVER ? 0 : 1) }]).testResults;
    expect(results.map((result) => result.positive)).toEqual([true, false]);
  });
});

describe('simulation files', () => {
  const digest = (folder: string) =>
    ['checkins.csv', 'fever_clinic_visits.csv', 'pharmacy_purchases.csv', 'school_absences.csv', 'symptom_reports.csv', 'truth/infections.csv']
      .map((file) => createHash('sha256').update(readFileSync(join(folder, file))).digest('hex'))
      .join(':');

  test('the same seed gives byte-identical check-ins, signals and truth; the truth lives apart', async () => {
    const small = await synthesizeCounty({ countyCode: '140703', persons: 2_000, seed: 'files', startDate: '2026-11-01' });
    const [first, second] = [mkdtempSync(join(tmpdir(), 'bulwark-run-')), mkdtempSync(join(tmpdir(), 'bulwark-run-'))];
    folders.push(first, second);
    runSimulation(small, omicron, first, { days: 8, importedCases: 5, seed: 'files' });
    runSimulation(small, omicron, second, { days: 8, importedCases: 5, seed: 'files' });
    expect(digest(first)).toBe(digest(second));
    expect(readdirSync(join(first, 'truth')).sort()).toEqual(['infections.csv', 'summary.json']);
    const checkins = readFileSync(join(first, 'checkins.csv'), 'utf8').trim().split('\n');
    expect(checkins.length).toBeGreaterThan(8 * 1000);
    expect(checkins[0]).toBe('id,person_document,venue_ref,entered_at,exited_at,temperature');
    const withExit = checkins.slice(1).filter((line) => line.split(',')[4] !== '').length / (checkins.length - 1);
    expect(withExit).toBeGreaterThan(0.25);
    expect(withExit).toBeLessThan(0.45);
    expect(statSync(join(first, 'truth', 'infections.csv')).size).toBeGreaterThan(0);
  });
});
