import type { VenueType } from '../places/model.ts';
import type { OutbreakSimulation } from './outbreak.ts';
import { NEVER } from './outbreak.ts';
import { appendTo, Random } from './random.ts';
import { OCCUPATION } from './venues.ts';

/** What the real world shows of a day: the signals sentinels and citizens report, with delays and noise. */
export interface Observations {
  feverClinicVisits: { person: number; venue: number; minute: number; temperature: number }[];
  pharmacyPurchases: { person: number; venue: number; minute: number; category: 'antipyretic' | 'antiviral' | 'antibiotic' | 'cough' }[];
  schoolAbsences: { person: number; venue: number; group: number; reason: 'illness' | 'other' }[];
  symptomReports: { person: number; symptoms: string[] }[];
}

/**
 * Background rates per person-day of illness unrelated to the outbreak, and how people act when ill.
 * Drill assumptions, chosen to give a few fever-clinic visits and pharmacy sales a day per 10,000 people.
 */
export const BEHAVIOUR = {
  backgroundFeverPerPersonDay: 0.0006,
  /** Winter peak of the background: the rate is multiplied by 1 + amplitude x cos(2 pi (day of year - 15) / 365). */
  seasonalAmplitude: 0.5,
  backgroundPharmacyPerPersonDay: 0.0015,
  backgroundAbsencePerPupilDay: 0.004,
  feverClinicIfFever: 0.4,
  pharmacyIfIll: 0.35,
  selfReportIfIll: 0.3,
  absenceDaysWhenIll: 3,
} as const;

const PURCHASES: Observations['pharmacyPurchases'][number]['category'][] = ['antipyretic', 'antipyretic', 'antipyretic', 'cough', 'cough', 'antibiotic', 'antiviral'];

export function createObserver(simulation: OutbreakSimulation) {
  const { county } = simulation;
  const { people, activities, frame } = county;
  const byTypeAndTownship = new Map<string, number[]>();
  const byType = new Map<VenueType, number[]>();
  activities.venues.forEach((venue, index) => {
    appendTo(byTypeAndTownship, `${venue.type}:${frame.communities[venue.community]!.townshipCode}`, index);
    appendTo(byType, venue.type, index);
  });
  const near = (type: VenueType, person: number, random: Random) => {
    const township = frame.communities[people.householdCommunity[people.household[person]!]!]!.townshipCode;
    return random.pick(byTypeAndTownship.get(`${type}:${township}`) ?? byType.get(type)!);
  };
  /** Day each person's non-outbreak illness began, for absences lasting several days. */
  const backgroundIllUntil = new Int32Array(people.count).fill(NEVER);
  const start = Date.parse(`${county.startDate}T00:00:00Z`);

  return (day: number, random: Random): Observations => {
    const observed: Observations = { feverClinicVisits: [], pharmacyPurchases: [], schoolAbsences: [], symptomReports: [] };
    const weekday = new Date(start + day * 86_400_000).getUTCDay();
    const schoolDay = weekday !== 0 && weekday !== 6;
    const feverTemperature = () => Math.round(random.normal(38.3, 0.5) * 10) / 10;
    const actOnIllness = (person: number, fever: boolean, daysSinceOnset: number, symptoms: string[]) => {
      // Each response happens once, on a day drawn from the first days of illness.
      const chosenDay = (salt: number) => Math.floor(new Random(`${county.seed}:${person}:${salt}`).next() * 3);
      if (fever && daysSinceOnset === chosenDay(1) && new Random(`${county.seed}:${person}:fc`).chance(BEHAVIOUR.feverClinicIfFever)) {
        observed.feverClinicVisits.push({ person, venue: near('fever_clinic', person, random), minute: random.integer(8 * 60, 20 * 60), temperature: Math.max(37.3, feverTemperature()) });
      }
      if (daysSinceOnset === chosenDay(2) && new Random(`${county.seed}:${person}:ph`).chance(BEHAVIOUR.pharmacyIfIll)) {
        observed.pharmacyPurchases.push({ person, venue: near('pharmacy', person, random), minute: random.integer(8 * 60, 21 * 60), category: fever ? 'antipyretic' : random.pick(PURCHASES) });
      }
      if (daysSinceOnset === chosenDay(3) && new Random(`${county.seed}:${person}:sr`).chance(BEHAVIOUR.selfReportIfIll)) observed.symptomReports.push({ person, symptoms });
      const pupil = activities.occupation[person] === OCCUPATION.pupil || activities.occupation[person] === OCCUPATION.kindergarten;
      if (pupil && schoolDay && daysSinceOnset < BEHAVIOUR.absenceDaysWhenIll) {
        observed.schoolAbsences.push({ person, venue: activities.affiliation[person]!, group: activities.group[person]!, reason: 'illness' });
      }
    };

    // Outbreak illness: symptomatic infections from their onset on.
    for (const infection of simulation.infections) {
      const person = infection.infectee;
      const since = day - simulation.onsetDay[person]!;
      if (simulation.asymptomatic[person] || since < 0 || since > BEHAVIOUR.absenceDaysWhenIll) continue;
      actOnIllness(person, simulation.fever[person] === 1, since, simulation.symptomsOf(person));
    }

    // Background illness, more in winter.
    const dayOfYear = Math.floor((start + day * 86_400_000 - Date.UTC(new Date(start).getUTCFullYear(), 0, 1)) / 86_400_000);
    const season = 1 + BEHAVIOUR.seasonalAmplitude * Math.cos((2 * Math.PI * (dayOfYear - 15)) / 365);
    const newlyIll = random.poisson(people.count * BEHAVIOUR.backgroundFeverPerPersonDay * season);
    for (let count = 0; count < newlyIll; count++) {
      const person = random.integer(0, people.count - 1);
      backgroundIllUntil[person] = day + BEHAVIOUR.absenceDaysWhenIll - 1;
      if (random.chance(BEHAVIOUR.feverClinicIfFever)) observed.feverClinicVisits.push({ person, venue: near('fever_clinic', person, random), minute: random.integer(8 * 60, 20 * 60), temperature: Math.max(37.3, feverTemperature()) });
      if (random.chance(BEHAVIOUR.pharmacyIfIll)) observed.pharmacyPurchases.push({ person, venue: near('pharmacy', person, random), minute: random.integer(8 * 60, 21 * 60), category: 'antipyretic' });
      if (random.chance(BEHAVIOUR.selfReportIfIll)) observed.symptomReports.push({ person, symptoms: ['fever'] });
    }
    const purchases = random.poisson(people.count * BEHAVIOUR.backgroundPharmacyPerPersonDay * season);
    for (let count = 0; count < purchases; count++) {
      const person = random.integer(0, people.count - 1);
      observed.pharmacyPurchases.push({ person, venue: near('pharmacy', person, random), minute: random.integer(8 * 60, 21 * 60), category: random.pick(PURCHASES) });
    }
    if (schoolDay) {
      for (let person = 0; person < people.count; person++) {
        const occupation = activities.occupation[person];
        if (occupation !== OCCUPATION.pupil && occupation !== OCCUPATION.kindergarten) continue;
        const illNow = backgroundIllUntil[person]! >= day;
        if (illNow || random.chance(BEHAVIOUR.backgroundAbsencePerPupilDay)) {
          observed.schoolAbsences.push({ person, venue: activities.affiliation[person]!, group: activities.group[person]!, reason: illNow ? 'illness' : 'other' });
        }
      }
    }
    return observed;
  };
}
