import { z } from '../platform/validation.ts';
import { jurisdictionCodeSchema } from '../jurisdictions/model.ts';
import { documentTypes } from '../people/model.ts';

/** How a check-in arrived: a citizen's own scan, a venue operator's device, or a file import. */
export const checkinSources = ['scan', 'device', 'import'] as const;
export type CheckinSource = (typeof checkinSources)[number];

export const storeOutcomes = ['stored', 'duplicate', 'updated', 'rejected'] as const;
export const feverFlagStatuses = ['open', 'handled'] as const;

/** The most items one device batch may carry. */
export const MAX_BATCH_ITEMS = 5000;

const instantSchema = z.iso.datetime({ offset: true, message: 'must be a date and time in ISO 8601 with a time zone, such as 2026-11-24T08:30:00+08:00' });
const temperatureSchema = z.number().describe('Degrees Celsius, to one decimal; must lie in the plausible range of the protocol in force');
const tokenSchema = z.string().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters').describe('The token of the venue’s code (from the scanned URL after /scan#)');

export const scanCreateSchema = z
  .strictObject({
    token: tokenSchema,
    enteredAt: instantSchema.optional().describe('Default: now. Send it to make a retried scan harmless'),
    exitedAt: instantSchema.optional().describe('Sent again with the same enteredAt, it fills in the exit (scan-out)'),
    temperature: temperatureSchema.optional(),
  })
  .meta({ id: 'CheckinScan' });
export type ScanCreate = z.infer<typeof scanCreateSchema>;

export const batchItemSchema = z
  .strictObject({
    document: z.strictObject({ type: z.enum(documentTypes), number: z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters') }).optional(),
    personId: z.string().min(1).max(64).optional(),
    enteredAt: instantSchema,
    exitedAt: instantSchema.optional(),
    temperature: temperatureSchema.optional(),
  })
  .describe('One visitor: by identity document or by person id (exactly one)')
  .meta({ id: 'CheckinBatchItem' });
export type BatchItem = z.infer<typeof batchItemSchema>;

export const batchCreateSchema = z
  .strictObject({
    token: tokenSchema,
    items: z.array(batchItemSchema).min(1, 'must hold at least one item').max(MAX_BATCH_ITEMS, `must hold at most ${MAX_BATCH_ITEMS} items`),
  })
  .meta({ id: 'CheckinBatch' });
export type BatchCreate = z.infer<typeof batchCreateSchema>;

const fieldIssueSchema = z.object({ field: z.string(), problem: z.string() });

export const batchResultSchema = z
  .object({
    items: z.array(
      z.object({
        index: z.number().int(),
        outcome: z.enum(storeOutcomes).describe('stored: new; duplicate: already stored; updated: its exit filled in; rejected: see errors'),
        errors: z.array(fieldIssueSchema).optional(),
      }),
    ),
    stored: z.number().int(),
    duplicate: z.number().int(),
    updated: z.number().int(),
    rejected: z.number().int(),
    feverFlags: z.number().int().describe('Fever flags raised by this batch'),
  })
  .meta({ id: 'CheckinBatchResult' });
export type BatchResult = z.infer<typeof batchResultSchema>;

export const checkinSchema = z
  .object({
    personId: z.string(),
    venueId: z.string(),
    venueName: z.string(),
    jurisdictionCode: z.string().describe('The venue’s jurisdiction'),
    enteredAt: z.string(),
    exitedAt: z.string().nullable(),
    temperature: z.number().nullable().describe('Degrees Celsius'),
    source: z.enum(checkinSources),
    recordedAt: z.string(),
  })
  .meta({ id: 'Checkin' });
export type Checkin = z.infer<typeof checkinSchema>;

export const scanResultSchema = z
  .object({ checkin: checkinSchema, feverFlagRaised: z.boolean().describe('Whether this check-in raised a fever flag for the venue’s staff (a repeat answers as the first scan did)') })
  .meta({ id: 'CheckinScanResult' });
export type ScanResult = z.infer<typeof scanResultSchema>;

export const checkinListQuerySchema = z.object({
  venue: z.string().min(1).max(64).optional().describe('A venue’s id: everyone who checked in there'),
  person: z.string().min(1).max(64).optional().describe('A person’s id: their stays. Give venue, person or both'),
  from: instantSchema.optional().describe('Entries at or after this instant'),
  to: instantSchema.optional().describe('Entries before this instant'),
});

export const feverFlagSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    venueId: z.string(),
    venueName: z.string(),
    jurisdictionCode: z.string(),
    temperature: z.number().describe('Degrees Celsius'),
    enteredAt: z.string(),
    status: z.enum(feverFlagStatuses),
    handledBy: z.string().nullable(),
    handledAt: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'FeverFlag' });
export type FeverFlag = z.infer<typeof feverFlagSchema>;

export const feverFlagListQuerySchema = z.object({
  jurisdiction: jurisdictionCodeSchema.optional(),
  status: z.enum(feverFlagStatuses).optional(),
});

export const feverFlagHandleSchema = z
  .strictObject({ note: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters').describe('What was done: called, visited, referred to a fever clinic') })
  .meta({ id: 'FeverFlagHandle' });
export type FeverFlagHandle = z.infer<typeof feverFlagHandleSchema>;
