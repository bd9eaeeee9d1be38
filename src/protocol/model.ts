import { z } from '../platform/validation.ts';
import { jurisdictionCodeSchema, jurisdictionNameSchema } from '../jurisdictions/model.ts';
import { venueTypes } from '../places/model.ts';
import { protocolInconsistencies } from './consistency.ts';

/**
 * A versioned disease protocol (PROTOCOL.md): every number a rule engine uses, each with its source
 * beside it. A parameter is `{ value, source }`, so a bare number does not parse (decision 0008).
 */

/** A short citation of the official text or publication a value comes from. */
export const citationSchema = z.string().trim().min(3, 'every value names its source').max(400, 'must be at most 400 characters');

/** A parameter and its source; the only way a protocol document carries a value. */
export function sourced<Value extends z.ZodType>(value: Value) {
  return z.strictObject({ value, source: citationSchema });
}

const dateSchema = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
const wholeNumber = () => z.number().int('must be a whole number');
const days = (max = 366) => wholeNumber().min(0, 'must not be negative').max(max, `must be at most ${max}`);
const dayOfStage = wholeNumber().min(1, 'day 1 is the first day of a stage').max(366, 'must be at most 366');
const celsius = z.number().min(30, 'must be at least 30 °C').max(45, 'must be at most 45 °C');
const bilingualSchema = z.strictObject({ zh: z.string().trim().min(1).max(400), en: z.string().trim().min(1).max(400) });

/** Who is traced, over which window, and how co-presence at a venue becomes contact. */
const tracingSchema = z.strictObject({
  infectiousLookbackDays: sourced(days(30)).describe('Days before onset (or sampling, if asymptomatic) from which a case counts as infectious'),
  closeContactByCoPresence: z.strictObject({
    cumulativeMinutes: sourced(wholeNumber().min(1).max(1440)).describe('Overlap at venues, summed, that makes a close contact'),
    windowHours: sourced(wholeNumber().min(1).max(168)).describe('The window the minutes accumulate over'),
  }),
  dwellMinutes: z.strictObject({
    byVenueType: z.partialRecord(z.enum(venueTypes), sourced(wholeNumber().min(1).max(1440))).describe('Imputed stay when a check-in has no exit, by venue type'),
    default: sourced(wholeNumber().min(1).max(1440)).describe('Imputed stay at venue types not listed'),
  }),
  traceSecondaryContacts: sourced(z.boolean()),
  alertSameDayVisitors: sourced(z.boolean()).describe('Whether everyone who visited a case’s venue on the same day is alerted'),
  spaceTimeCompanion: z
    .strictObject({
      enabled: sourced(z.boolean()),
      cellMetres: sourced(wholeNumber().min(10).max(10_000)),
      minutes: sourced(wholeNumber().min(1).max(1440)).describe('Minutes in the same cell at the same time'),
      cumulativeHours: sourced(wholeNumber().min(1).max(2000)).describe('Hours spent in that cell in total, over the window'),
      days: sourced(days(60)),
    })
    .describe('时空伴随: an older local practice, optional and off by default'),
});

/** Check-ins at venues: how long they are kept and which readings count. */
const checkinsSchema = z.strictObject({
  retentionDays: sourced(days().min(1, 'must be at least 1')),
  feverThresholdCelsius: sourced(celsius).describe('A reading at or above this is a fever'),
  plausibleTemperatureCelsius: z.strictObject({ min: sourced(celsius), max: sourced(celsius) }).describe('Readings outside are refused as device or entry errors'),
  offlineBackdateHours: sourced(wholeNumber().min(0).max(720)).describe('How far in the past a check-in recorded offline may be dated'),
});

/** Case reporting: the deadline the four earlies' "early report" is measured against. */
const casesSchema = z.strictObject({
  reportWithinHours: sourced(wholeNumber().min(1).max(168)).describe('A case is reported within this many hours of its detection'),
});

export const measureKinds = ['centralized_quarantine', 'home_quarantine', 'health_monitoring', 'testing_only', 'none'] as const;
export type MeasureKind = (typeof measureKinds)[number];

const testScheduleSchema = z.union([
  z.strictObject({ onDays: sourced(z.array(dayOfStage)) }).describe('A NAT on each of these days of the stage'),
  z.strictObject({ count: sourced(wholeNumber().min(1).max(366)), minHoursApart: sourced(wholeNumber().min(0).max(720)) }).describe('This many NATs within the stage, at least this far apart'),
]);

const measureStageSchema = z.strictObject({
  kind: z.enum(measureKinds),
  days: sourced(days()).describe('Length of the stage; 0 only for kind none'),
  tests: testScheduleSchema.optional(),
});

const measureSchema = measureStageSchema.extend({
  followUp: measureStageSchema.optional().describe('The stage that starts when this one ends'),
  stayWithinDays: sourced(days(60).min(1, 'must be at least 1')).optional().describe('Area categories: a stay in such an area within this many days puts a person in the category'),
});
export type Measure = z.infer<typeof measureSchema>;

export const personCategories = ['closeContact', 'secondaryContact', 'inboundTraveller', 'highRiskArea', 'mediumRiskArea', 'lowRiskArea'] as const;
export type PersonCategory = (typeof personCategories)[number];

/** One measure per category of person; categories a protocol does not use have kind none, with the source saying so. */
const measuresSchema = z.strictObject({
  closeContact: measureSchema,
  secondaryContact: measureSchema,
  inboundTraveller: measureSchema,
  highRiskArea: measureSchema.describe('Has been in a high-risk area recently'),
  mediumRiskArea: measureSchema.describe('Has been in a medium-risk area recently'),
  lowRiskArea: measureSchema.describe('Has been in a low-risk area of an affected county recently'),
});

/** Risk levels, highest first. */
export const riskLevels = ['high', 'medium', 'low'] as const;
export type RiskLevel = (typeof riskLevels)[number];
const riskLevelSchema = z.enum(riskLevels);

export const delimitationUnits = ['unit', 'building', 'compound', 'village', 'township'] as const;

const downgradeRuleSchema = z.strictObject({
  from: riskLevelSchema,
  to: riskLevelSchema,
  daysWithoutNewInfection: sourced(days().min(1, 'must be at least 1')),
  testingRoundRequired: sourced(z.boolean()).describe('Whether everyone in the area must test negative in one round on the last of those days'),
  formerHighAreaDays: sourced(days().min(1, 'must be at least 1')).optional().describe('A shorter wait, without a further testing round, for an area that was high-risk before'),
});

const riskAreasSchema = z.strictObject({
  levels: sourced(z.array(riskLevelSchema).min(1, 'must name at least one level')),
  delimitationUnits: sourced(z.array(z.enum(delimitationUnits)).min(1, 'must name at least one unit')).describe('What a high-risk area is drawn around'),
  downgrades: z.array(downgradeRuleSchema),
});

const poolSize = wholeNumber().min(1, 'must be at least 1 (a single tube)').max(50, 'must be at most 50');

const roundsRuleSchema = z.strictObject({
  intervalDays: sourced(wholeNumber().min(1).max(30)),
  cleanRoundsToStop: sourced(wholeNumber().min(1).max(30)).describe('Consecutive rounds without community infection after which testing pauses'),
  confirmationRoundAfterDays: sourced(wholeNumber().min(1).max(30)).optional().describe('Then, after this many days, one more round; stop if it is clean'),
});

const massTestingSchema = z.strictObject({
  onlyWhereChainUnclear: sourced(z.boolean()).describe('Whole areas are tested only where the source or chain of transmission is unknown'),
  poolSizeByAreaLevel: z.partialRecord(riskLevelSchema, sourced(poolSize)).describe('Samples per tube in each level in use; 1 is a single tube'),
  keyPeoplePoolSize: sourced(poolSize),
  largestValidatedPool: sourced(poolSize),
  affectedArea: roundsRuleSchema,
  adjacentArea: roundsRuleSchema,
});

const guardrailSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by dashes').max(60),
  zh: z.string().trim().min(1).max(400),
  en: z.string().trim().min(1).max(400),
});

const guardrailsSchema = z.strictObject({ source: citationSchema, rules: z.array(guardrailSchema).min(1, 'must name at least one rule') });

export const protocolIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters and digits joined by dashes').min(3).max(80);

export const protocolDocumentSchema = z
  .strictObject({
    id: protocolIdSchema,
    name: bilingualSchema,
    disease: bilingualSchema,
    issuer: bilingualSchema,
    publishedOn: dateSchema,
    effectiveFrom: dateSchema,
    nationalDefault: z.boolean().describe('May serve as the default where no assignment applies'),
    tracing: tracingSchema,
    checkins: checkinsSchema,
    cases: casesSchema,
    measures: measuresSchema,
    riskAreas: riskAreasSchema,
    massTesting: massTestingSchema,
    guardrails: guardrailsSchema,
  })
  .superRefine((document, context) => {
    for (const issue of protocolInconsistencies(document)) context.addIssue({ code: 'custom', path: issue.path, message: issue.problem });
  })
  .meta({ id: 'ProtocolDocument' });
export type ProtocolDocument = z.infer<typeof protocolDocumentSchema>;
export type ProtocolDocumentInput = z.input<typeof protocolDocumentSchema>;

export const protocolSummarySchema = z
  .object({
    id: z.string(),
    name: bilingualSchema,
    disease: bilingualSchema,
    issuer: bilingualSchema,
    publishedOn: z.string(),
    effectiveFrom: z.string(),
    nationalDefault: z.boolean(),
  })
  .meta({ id: 'ProtocolSummary' });
export type ProtocolSummary = z.infer<typeof protocolSummarySchema>;

export const protocolAssignmentCreateSchema = z
  .strictObject({
    jurisdictionCode: jurisdictionCodeSchema,
    protocolId: z.string().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
    effectiveFrom: dateSchema.describe('Local date in the jurisdiction; today or later, so that history is never rewritten'),
    reason: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters').describe('Published on the public pages: write no personal data'),
  })
  .meta({ id: 'ProtocolAssignmentCreate' });
export type ProtocolAssignmentCreate = z.infer<typeof protocolAssignmentCreateSchema>;

export const protocolAssignmentSchema = z
  .object({
    id: z.string(),
    jurisdictionCode: z.string(),
    protocolId: z.string(),
    effectiveFrom: z.string(),
    reason: z.string(),
    assignedBy: z.string().describe('The username of the assigning account'),
    createdAt: z.string(),
  })
  .meta({ id: 'ProtocolAssignment' });
export type ProtocolAssignment = z.infer<typeof protocolAssignmentSchema>;

export const protocolInForceSchema = z
  .object({
    jurisdictionCode: z.string(),
    date: z.string(),
    basis: z.enum(['assignment', 'national_default']).describe('An assignment on the jurisdiction or its nearest ancestor, else the newest national default'),
    assignment: protocolAssignmentSchema.nullable(),
    document: protocolDocumentSchema,
  })
  .meta({ id: 'ProtocolInForce' });
export type ProtocolInForce = z.infer<typeof protocolInForceSchema>;

export const publicProtocolAssignmentSchema = z
  .object({ jurisdiction: jurisdictionNameSchema, protocolId: z.string(), effectiveFrom: z.string(), reason: z.string(), createdAt: z.string() })
  .meta({ id: 'PublicProtocolAssignment' });
export type PublicProtocolAssignment = z.infer<typeof publicProtocolAssignmentSchema>;

export const publicProtocolsSchema = z
  .object({
    documents: z.array(protocolDocumentSchema).describe('Every built-in document, oldest effective date first'),
    assignments: z.array(publicProtocolAssignmentSchema).describe('Every assignment ever made, latest effective date first'),
  })
  .meta({ id: 'PublicProtocols' });
export type PublicProtocols = z.infer<typeof publicProtocolsSchema>;

export const protocolInForceQuerySchema = z.object({ date: dateSchema.optional().describe('Local date; default today in the jurisdiction') });
export const protocolAssignmentListQuerySchema = z.object({ jurisdiction: jurisdictionCodeSchema.optional() });
