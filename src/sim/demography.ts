import { readFileSync } from 'node:fs';
import { z } from '../platform/validation.ts';

/** The inputs that shape a synthetic population: age pyramid, sex ratio, household sizes, activity rates. */
export const demographySchema = z.object({
  name: z.string(),
  source: z.string().min(1, 'every input file names its source'),
  ageGroups: z.array(z.object({ from: z.number().int().min(0), to: z.number().int().max(120), share: z.number().positive() })).min(1),
  malesPer100Females: z.number().positive(),
  householdSizes: z.array(z.object({ size: z.number().int().min(1), share: z.number().positive() })).min(1),
  employmentRateAdults18to59: z.number().min(0).max(1),
  employmentRate60to64: z.number().min(0).max(1),
  universityEnrolmentRate18to22: z.number().min(0).max(1),
  kindergartenEnrolmentRate3to5: z.number().min(0).max(1),
  priorityGroupRates: z.record(
    z.enum(['pregnant', 'chronic_illness', 'critical_illness', 'regular_treatment', 'disabled']),
    z.object({ share: z.number().min(0).max(1), sex: z.enum(['male', 'female']).optional(), from: z.number().int(), to: z.number().int(), note: z.string() }),
  ),
});
export type Demography = z.infer<typeof demographySchema>;

export const DEFAULT_DEMOGRAPHY = new URL('./inputs/china-2020.json', import.meta.url);

export function loadDemography(file: URL | string = DEFAULT_DEMOGRAPHY): Demography {
  return demographySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
