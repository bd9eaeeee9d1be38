import { z } from '../platform/validation.ts';

/** A jurisdiction code: GB/T 2260 digits for China, or any code of letters, digits, dot, dash, underscore. */
export const jurisdictionCodeSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(32, 'must be at most 32 characters')
  .regex(/^[A-Za-z0-9._-]+$/, 'may contain only letters, digits, dot, dash and underscore');

/** The levels of China's administrative hierarchy, root first. */
export const chinaLevels = ['country', 'province', 'city', 'county', 'township', 'village'] as const;
export type ChinaLevel = (typeof chinaLevels)[number];

/** The level at which outbreak data is sharded and reported (DESIGN.md, Scale). */
export const COUNTY_LEVEL: ChinaLevel = 'county';

export const jurisdictionSchema = z
  .object({
    code: jurisdictionCodeSchema,
    name: z.string(),
    parentCode: jurisdictionCodeSchema.nullable(),
    level: z.string(),
    depth: z.number().int(),
    countyCode: z.string().nullable(),
    timeZone: z.string(),
  })
  .meta({ id: 'Jurisdiction' });
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

/** One row of a jurisdictions CSV: code,name,parent_code,level[,time_zone]. */
export const jurisdictionImportRowSchema = z.object({
  code: jurisdictionCodeSchema,
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  parent_code: z
    .string()
    .trim()
    .transform((value) => (value === '' ? null : value))
    .pipe(jurisdictionCodeSchema.nullable()),
  level: z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters'),
  time_zone: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || isTimeZone(value), { message: 'is not an IANA time zone' }),
});
export type JurisdictionImportRow = z.infer<typeof jurisdictionImportRowSchema>;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** A jurisdiction as the public sees it: administrative names are public. */
export const jurisdictionNameSchema = z.object({ code: z.string(), name: z.string(), level: z.string() }).meta({ id: 'JurisdictionName' });
export type JurisdictionName = z.infer<typeof jurisdictionNameSchema>;

export const publicJurisdictionSchema = jurisdictionNameSchema.extend({ parentCode: z.string().nullable() }).meta({ id: 'PublicJurisdiction' });
export type PublicJurisdiction = z.infer<typeof publicJurisdictionSchema>;

/** At most this many jurisdictions in one public answer. */
export const PUBLIC_JURISDICTION_LIMIT = 200;
