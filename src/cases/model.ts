import { z } from '../platform/validation.ts';
import { jurisdictionCodeSchema } from '../jurisdictions/model.ts';

/** A confirmed case or an asymptomatic infection (9th edition: 确诊病例, 无症状感染者). */
export const caseClassifications = ['confirmed', 'asymptomatic'] as const;
export type CaseClassification = (typeof caseClassifications)[number];

/** What the case rests on: a positive test, or a clinical report before or without one. */
export const caseBases = ['positive_test', 'clinical'] as const;

export const caseStatuses = ['under_investigation', 'isolated', 'in_hospital', 'recovered', 'deceased'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
/** Statuses after which a person may become a new case again. */
export const closedCaseStatuses: readonly CaseStatus[] = ['recovered', 'deceased'];

const dateSchema = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
const instantSchema = z.iso.datetime({ offset: true, message: 'must be a date and time in ISO 8601 with a time zone, such as 2026-11-24T08:30:00+08:00' });
const shortText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const travelSchema = z
  .strictObject({ place: shortText(200).describe('Where: a city, a county, a country'), from: dateSchema, to: dateSchema })
  .refine((travel) => travel.from <= travel.to, { message: 'must not end before it starts', path: ['to'] });

const visitSchema = z
  .strictObject({
    placeId: z.string().max(64).nullable().optional().describe('A place on record, when there is one'),
    description: shortText(300).describe('What the case told the investigator: the place and what they did there'),
    from: instantSchema,
    to: instantSchema.nullable().optional(),
  })
  .refine((visit) => !visit.to || Date.parse(visit.to) >= Date.parse(visit.from), { message: 'must not end before it starts', path: ['to'] });

/**
 * The "four earlies" (早发现、早报告、早隔离、早治疗) as instants: detection (a positive result or a
 * clinician's suspicion), report, isolation and treatment. Onset is a date, kept apart.
 */
const timelineFields = {
  detectedAt: instantSchema.describe('When the infection was first detected'),
  reportedAt: instantSchema.optional().describe('When it was reported; default: now'),
  isolatedAt: instantSchema.nullable().optional(),
  treatedAt: instantSchema.nullable().optional().describe('When treatment began (admission to a designated hospital, say)'),
};

const caseDetails = {
  classification: z.enum(caseClassifications),
  basis: z.enum(caseBases),
  status: z.enum(caseStatuses).optional().describe('Default: under_investigation'),
  onsetDate: dateSchema.nullable().optional().describe('Required for a confirmed case with symptoms; none for an asymptomatic infection'),
  sampledDate: dateSchema.nullable().optional().describe('The day the positive sample was taken; required when there is no onset'),
  symptoms: z.array(shortText(60)).max(30, 'must list at most 30 symptoms').optional(),
  travelHistory: z.array(travelSchema).max(50, 'must list at most 50 journeys').optional(),
  placesVisited: z.array(visitSchema).max(200, 'must list at most 200 places').optional(),
};

export const caseCreateSchema = z.strictObject({ personId: z.string().min(1).max(64), ...caseDetails, ...timelineFields }).meta({ id: 'CaseCreate' });
export type CaseCreate = z.infer<typeof caseCreateSchema>;

export const caseUpdateSchema = z
  .strictObject({
    version: z.number().int().describe('The version read: a change made meanwhile by someone else is refused'),
    classification: caseDetails.classification.optional(),
    basis: caseDetails.basis.optional(),
    status: caseDetails.status,
    onsetDate: caseDetails.onsetDate,
    sampledDate: caseDetails.sampledDate,
    symptoms: caseDetails.symptoms,
    travelHistory: caseDetails.travelHistory,
    placesVisited: caseDetails.placesVisited,
    detectedAt: timelineFields.detectedAt.optional(),
    isolatedAt: timelineFields.isolatedAt,
    treatedAt: timelineFields.treatedAt,
  })
  .meta({ id: 'CaseUpdate' });
export type CaseUpdate = z.infer<typeof caseUpdateSchema>;

/** Each interval of the four earlies, or null while one of its ends is unknown. */
export const caseIntervalsSchema = z
  .object({
    onsetToDetectionDays: z.number().nullable().describe('Local onset date to the local date of detection'),
    detectionToReportHours: z.number().nullable(),
    detectionToIsolationHours: z.number().nullable(),
    detectionToTreatmentHours: z.number().nullable(),
    onsetToIsolationDays: z.number().nullable().describe('How long the case was about while ill'),
    reportedInTime: z.boolean().nullable().describe('Reported within the deadline of the protocol in force'),
  })
  .meta({ id: 'CaseIntervals' });
export type CaseIntervals = z.infer<typeof caseIntervalsSchema>;

export const caseSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string(),
    jurisdictionCode: z.string(),
    classification: z.enum(caseClassifications),
    basis: z.enum(caseBases),
    status: z.enum(caseStatuses),
    onsetDate: z.string().nullable(),
    sampledDate: z.string().nullable(),
    symptoms: z.array(z.string()),
    travelHistory: z.array(z.object({ place: z.string(), from: z.string(), to: z.string() })),
    placesVisited: z.array(z.object({ placeId: z.string().nullable(), description: z.string(), from: z.string(), to: z.string().nullable() })),
    detectedAt: z.string(),
    reportedAt: z.string(),
    isolatedAt: z.string().nullable(),
    treatedAt: z.string().nullable(),
    intervals: caseIntervalsSchema,
    infectiousFrom: z.string().describe('Start of the infectious window traced: the protocol’s lookback before onset, or before sampling'),
    infectiousUntil: z.string().nullable().describe('Isolation; null while the case is not isolated'),
    reportedBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Case' });
export type Case = z.infer<typeof caseSchema>;

export const caseListQuerySchema = z.object({
  jurisdiction: jurisdictionCodeSchema.optional(),
  status: z.enum(caseStatuses).optional(),
  classification: z.enum(caseClassifications).optional(),
  reportedFrom: dateSchema.optional().describe('Reported on or after this local date'),
  reportedTo: dateSchema.optional().describe('Reported on or before this local date'),
});

const intervalSummarySchema = z
  .object({ count: z.number().int(), median: z.number().nullable(), p90: z.number().nullable(), mean: z.number().nullable() })
  .meta({ id: 'IntervalSummary' });

export const intervalReportSchema = z
  .object({
    jurisdictionCode: z.string(),
    from: z.string(),
    to: z.string(),
    cases: z.number().int(),
    onsetToDetectionDays: intervalSummarySchema,
    detectionToReportHours: intervalSummarySchema,
    detectionToIsolationHours: intervalSummarySchema,
    detectionToTreatmentHours: intervalSummarySchema,
    onsetToIsolationDays: intervalSummarySchema,
    reportedInTime: z.object({ count: z.number().int(), share: z.number().nullable() }).describe('Cases reported within the deadline of the protocol in force, among those with a known report interval'),
  })
  .meta({ id: 'CaseIntervalReport' });
export type IntervalReport = z.infer<typeof intervalReportSchema>;

export const intervalQuerySchema = z.object({
  jurisdiction: jurisdictionCodeSchema.optional(),
  from: dateSchema.optional().describe('Cases reported on or after this local date; default: 30 days ago'),
  to: dateSchema.optional().describe('Cases reported on or before this local date; default: today'),
});
