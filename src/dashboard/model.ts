import { z } from '../platform/validation.ts';
import { jurisdictionCodeSchema, jurisdictionSchema } from '../jurisdictions/model.ts';
import { priorityGroups } from '../people/model.ts';
import { venueTypes } from '../places/model.ts';

/** The daily series a dashboard shows. Later modules add theirs (cases, contacts, tests, alerts). */
export const seriesMetrics = ['people_registered', 'new_confirmed', 'new_asymptomatic', 'under_observation', 'tests_reported'] as const;
export type SeriesMetric = (typeof seriesMetrics)[number];

/** How many local days each series covers, today included. */
export const SERIES_DAYS = 30;

export const dashboardQuerySchema = z.object({ jurisdiction: jurisdictionCodeSchema.optional().describe('Defaults to your own jurisdiction') });

const countSchema = z.number().int();

export const seriesSchema = z
  .object({
    metric: z.string().describe(`One of ${seriesMetrics.join(', ')}; later modules add more`),
    points: z.array(z.object({ date: z.string(), value: z.number() })),
  })
  .meta({ id: 'DashboardSeries' });
export type Series = z.infer<typeof seriesSchema>;

export const dashboardSchema = z
  .object({
    jurisdiction: jurisdictionSchema,
    generatedAt: z.string(),
    population: z.object({
      people: countSchema,
      households: countSchema.describe('Places of kind household in the subtree'),
      bySex: z.object({ male: countSchema, female: countSchema, unknown: countSchema }),
      byAgeBand: z.array(z.object({ band: z.string(), count: countSchema })).describe("'0-9' to '70-79' and '80+': age today in the jurisdiction's time zone"),
      unknownAge: countSchema,
      byPriorityGroup: z.record(z.enum(priorityGroups), countSchema).describe('aged_60_plus and infant include those the birth date implies'),
    }),
    places: z.object({
      compounds: countSchema,
      buildings: countSchema,
      units: countSchema,
      households: countSchema,
      venues: countSchema,
      venuesByType: z.record(z.enum(venueTypes), countSchema),
    }),
    children: z.array(z.object({ code: z.string(), name: z.string(), level: z.string(), people: countSchema, venues: countSchema })).describe('Direct children, by code'),
    series: z.array(seriesSchema).describe(`The last ${SERIES_DAYS} local days, zeros filled`),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof dashboardSchema>;
