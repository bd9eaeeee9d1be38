import { z } from '../platform/validation.ts';
import { jurisdictionCodeSchema } from '../jurisdictions/model.ts';
import { measureKinds } from '../protocol/model.ts';
import { contactCategories } from './candidates.ts';
import { exitSources } from './stays.ts';

export const candidateStatuses = ['candidate', 'confirmed', 'dismissed'] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];

export const evidenceSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('venue'),
      venueId: z.string(),
      venueName: z.string().nullable(),
      from: z.string(),
      to: z.string(),
      minutes: z.number().int(),
      indexExit: z.enum(exitSources).describe('How the end of the traced person’s stay is known: recorded, or imputed from their next check-in, the dwell time, or the end of the day'),
      contactExit: z.enum(exitSources),
    }),
    z.object({ kind: z.literal('household'), householdId: z.string(), from: z.string(), to: z.string() }),
    z.object({ kind: z.literal('affiliation'), affiliationId: z.string(), affiliationName: z.string().nullable(), group: z.string().nullable(), from: z.string(), to: z.string() }),
    z.object({ kind: z.literal('same_day_visit'), venueId: z.string(), venueName: z.string().nullable(), date: z.string(), enteredAt: z.string() }),
  ])
  .meta({ id: 'ExposureEvidence' });
export type EvidenceView = z.infer<typeof evidenceSchema>;

export const candidateSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    personId: z.string(),
    personName: z.string(),
    jurisdictionCode: z.string().describe('Where the candidate lives'),
    degree: z.number().int().describe('1: a contact of the case; 2: a close contact’s close contact'),
    viaPersonId: z.string().nullable(),
    category: z.enum(contactCategories),
    close: z.boolean().describe('Whether the category makes a close contact'),
    evidence: z.array(evidenceSchema),
    firstExposureAt: z.string(),
    lastExposureAt: z.string(),
    exposureMinutes: z.number().int().nullable(),
    score: z.number().describe('0 to 1: how intense the recorded exposure was; ranks the work, not a probability'),
    status: z.enum(candidateStatuses),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    computedAt: z.string(),
  })
  .meta({ id: 'ContactCandidate' });
export type Candidate = z.infer<typeof candidateSchema>;

export const traceResultSchema = z
  .object({
    caseId: z.string(),
    protocolId: z.string(),
    window: z.object({ from: z.string(), until: z.string() }),
    found: z.object({ first: z.number().int(), second: z.number().int(), close: z.number().int(), sameDayVisitors: z.number().int() }),
    kept: z.number().int().describe('Decided candidates kept as they were decided'),
    removed: z.number().int().describe('Undecided candidates no longer supported by the records'),
  })
  .meta({ id: 'TraceResult' });
export type TraceResult = z.infer<typeof traceResultSchema>;

export const candidateListQuerySchema = z.object({
  status: z.enum(candidateStatuses).optional(),
  category: z.enum(contactCategories).optional(),
  degree: z.coerce.number().int().min(1).max(2).optional(),
});

export const decisionSchema = z
  .strictObject({ note: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters').describe('Why: what the interview or the records showed') })
  .meta({ id: 'ContactDecision' });
export type Decision = z.infer<typeof decisionSchema>;

export const managedStageSchema = z.object({ kind: z.enum(measureKinds), from: z.string(), to: z.string(), testDays: z.array(z.string()) });

export const managedPersonSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string(),
    jurisdictionCode: z.string(),
    category: z.enum(['closeContact', 'secondaryContact']),
    caseId: z.string(),
    candidateId: z.string(),
    protocolId: z.string(),
    stages: z.array(managedStageSchema).describe('The measure’s stages by the protocol in force, each with its dates and test days'),
    startsOn: z.string(),
    endsOn: z.string().describe('The measure ends by rule on this date'),
    active: z.boolean(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ManagedPerson' });
export type ManagedPerson = z.infer<typeof managedPersonSchema>;

export const confirmResultSchema = z.object({ candidate: candidateSchema, managedPerson: managedPersonSchema.nullable().describe('Null when the protocol puts this category under no measure') }).meta({ id: 'ContactConfirmation' });

export const managedListQuerySchema = z.object({
  jurisdiction: jurisdictionCodeSchema.optional(),
  active: z.enum(['true', 'false']).optional().describe('true: measures running today; false: ended'),
});

export const transmissionSettings = ['household', 'venue', 'workplace', 'school', 'community', 'travel', 'unknown'] as const;
export const linkConfidences = ['confirmed', 'probable', 'possible'] as const;

export const linkCreateSchema = z
  .strictObject({
    infectorCaseId: z.string().min(1).max(64),
    infecteeCaseId: z.string().min(1).max(64),
    setting: z.enum(transmissionSettings),
    confidence: z.enum(linkConfidences),
    note: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
  })
  .meta({ id: 'TransmissionLinkCreate' });
export type LinkCreate = z.infer<typeof linkCreateSchema>;

export const linkSchema = z
  .object({
    id: z.string(),
    infectorCaseId: z.string(),
    infecteeCaseId: z.string(),
    setting: z.enum(transmissionSettings),
    confidence: z.enum(linkConfidences),
    evidence: z.array(evidenceSchema).describe('The exposure of the infectee to the infector found by tracing, when there is one'),
    note: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'TransmissionLink' });
export type Link = z.infer<typeof linkSchema>;

export const clusterSchema = z
  .object({
    id: z.string().describe('The id of its earliest reported case'),
    cases: z.array(z.object({ id: z.string(), personName: z.string(), classification: z.string(), status: z.string(), onsetDate: z.string().nullable(), reportedAt: z.string(), jurisdictionCode: z.string() })),
    links: z.array(linkSchema),
    roots: z.array(z.string()).describe('Cases with no known infector in the cluster: the sources of its chains'),
    generations: z.number().int().describe('The longest chain, in cases'),
  })
  .meta({ id: 'Cluster' });
export type Cluster = z.infer<typeof clusterSchema>;

export const clusterListQuerySchema = z.object({ jurisdiction: jurisdictionCodeSchema.optional(), minCases: z.coerce.number().int().min(1).max(1000).default(2) });
