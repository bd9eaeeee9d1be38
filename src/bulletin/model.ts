import { z } from '../platform/validation.ts';
import { jurisdictionCodeSchema, jurisdictionNameSchema } from '../jurisdictions/model.ts';

/** Levels whose figures may be published: whole counties and above, so that small counts never point at a village. */
export const publishableLevels = ['province', 'city', 'county'] as const;

const countSchema = z.number().int('must be a whole number').min(0, 'must not be negative').max(1_000_000_000, 'must be at most 1000000000');

/** The figures of one day's bulletin (信息发布). */
export const figuresSchema = z
  .object({
    newConfirmed: countSchema,
    newAsymptomatic: countSchema,
    newRecovered: countSchema,
    underObservation: countSchema,
    testsReported: countSchema,
  })
  .meta({ id: 'BulletinFigures' });
export type Figures = z.infer<typeof figuresSchema>;
export const figureNames = ['newConfirmed', 'newAsymptomatic', 'newRecovered', 'underObservation', 'testsReported'] as const satisfies readonly (keyof Figures)[];

const dateSchema = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

export const bulletinCreateSchema = z
  .strictObject({
    jurisdictionCode: jurisdictionCodeSchema,
    date: dateSchema,
    figures: z.strictObject(figuresSchema.shape),
    note: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
  })
  .meta({ id: 'BulletinCreate' });
export type BulletinCreate = z.infer<typeof bulletinCreateSchema>;

export const bulletinSchema = z
  .object({
    id: z.string(),
    jurisdictionCode: z.string(),
    date: z.string(),
    figures: figuresSchema,
    note: z.string().nullable(),
    version: z.number().int().describe('1 for the first publication of a day; each correction adds one and supersedes the previous'),
    publishedAt: z.string(),
    publishedBy: z.string().describe('The username of the publishing account'),
  })
  .meta({ id: 'Bulletin' });
export type Bulletin = z.infer<typeof bulletinSchema>;

export const bulletinListQuerySchema = z.object({
  jurisdiction: jurisdictionCodeSchema.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});

export const publicBulletinSchema = z
  .object({
    jurisdiction: jurisdictionNameSchema.nullable(),
    latest: z.object({ date: z.string(), figures: figuresSchema, note: z.string().nullable(), publishedAt: z.string(), version: z.number().int() }).nullable(),
    series: z.array(z.object({ date: z.string(), figures: figuresSchema })).describe('The latest version of each of the last 30 days with a publication, oldest first'),
    totals: figuresSchema.describe('Figures summed over every published date (latest version of each)'),
    riskAreas: z.array(z.unknown()).describe('Risk areas arrive with their module; empty until then'),
    published: z.array(jurisdictionNameSchema).describe('Jurisdictions that have published, for a selector'),
  })
  .meta({ id: 'PublicBulletin' });
export type PublicBulletin = z.infer<typeof publicBulletinSchema>;

export const openDataBulletinSchema = z
  .object({
    jurisdictionCode: z.string(),
    jurisdictionName: z.string(),
    date: z.string(),
    figures: figuresSchema,
    version: z.number().int(),
    publishedAt: z.string(),
  })
  .meta({ id: 'OpenDataBulletin' });
export type OpenDataBulletin = z.infer<typeof openDataBulletinSchema>;

/** The header of the open data CSV, one column per figure in snake case. */
export const OPEN_DATA_COLUMNS = [
  'jurisdiction_code',
  'jurisdiction_name',
  'date',
  'new_confirmed',
  'new_asymptomatic',
  'new_recovered',
  'under_observation',
  'tests_reported',
  'version',
  'published_at',
] as const;
