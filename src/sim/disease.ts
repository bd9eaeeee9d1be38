import { readFileSync } from 'node:fs';
import { z } from '../platform/validation.ts';

const sourced = z.object({ value: z.number(), source: z.string().min(1, 'every number names its source') });

/** A disease profile: every number the outbreak model uses, each with its source. */
export const diseaseProfileSchema = z.object({
  name: z.string(),
  description: z.string(),
  incubationDays: z.object({ mean: z.number().positive(), sd: z.number().positive(), source: z.string().min(1) }),
  infectiousness: z.object({
    /** Day of the first weight, relative to symptom onset (negative: before onset). */
    fromDayRelativeToOnset: z.number().int(),
    weights: z.array(z.number().min(0)).min(1),
    source: z.string().min(1),
  }),
  asymptomaticShare: sourced,
  asymptomaticRelativeInfectiousness: sourced,
  transmission: z.object({
    household: z.object({ secondaryAttackRate: z.number().min(0).max(0.999), source: z.string().min(1) }),
    workplace: z.object({ secondaryAttackRate: z.number().min(0).max(0.999), contactsPerDay: z.number().int().min(0), source: z.string().min(1) }),
    school: z.object({ secondaryAttackRate: z.number().min(0).max(0.999), source: z.string().min(1) }),
    venuePerContactHour: sourced,
  }),
  ageSusceptibility: z.array(z.object({ from: z.number().int(), to: z.number().int(), relative: z.number().min(0) })).min(1),
  ageSusceptibilitySource: z.string().min(1),
  feverShareOfSymptomatic: sourced,
  symptoms: z.array(z.string()).min(1),
  detectableDaysBeforeOnset: z.number().int().min(0),
  detectableDaysAfterOnset: z.number().int().min(0),
  testSensitivity: sourced,
  immuneShare: sourced,
});
export type DiseaseProfile = z.infer<typeof diseaseProfileSchema>;

export const BUILT_IN_PROFILES = ['omicron', 'influenza', 'measles'] as const;

/** A profile by built-in name or file path. */
export function loadDiseaseProfile(nameOrPath: string): DiseaseProfile {
  const file = (BUILT_IN_PROFILES as readonly string[]).includes(nameOrPath) ? new URL(`./profiles/${nameOrPath}.json`, import.meta.url) : nameOrPath;
  return diseaseProfileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The daily hazard multiplier of a whole-period attack rate: an attack rate p over the infectious period is a total hazard -ln(1 - p). */
export function totalHazard(attackRate: number): number {
  return -Math.log(1 - attackRate);
}

/** Mean of the infectiousness weights, in days relative to onset. */
export function meanInfectiousnessOffset(profile: DiseaseProfile): number {
  const { weights, fromDayRelativeToOnset } = profile.infectiousness;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.reduce((sum, weight, index) => sum + weight * (fromDayRelativeToOnset + index), 0) / total;
}

/** Relative susceptibility by age, as a lookup table over ages 0..120. */
export function susceptibilityByAge(profile: DiseaseProfile): Float64Array {
  const table = new Float64Array(121).fill(1);
  for (const band of profile.ageSusceptibility) for (let age = Math.max(0, band.from); age <= Math.min(120, band.to); age++) table[age] = band.relative;
  return table;
}
