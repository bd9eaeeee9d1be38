import { z } from '../platform/validation.ts';
import { feverFlagSchema } from '../checkins/model.ts';
import { venueTypes } from '../places/model.ts';

/** The routine measures a venue keeps (常态化防控措施); distancing is the one-metre line (一米线). */
export const complianceMeasures = ['masks', 'ventilation', 'disinfection', 'distancing'] as const;
export type ComplianceMeasure = (typeof complianceMeasures)[number];

export const complianceOutcomes = ['compliant', 'not_compliant', 'not_applicable'] as const;
export type ComplianceOutcome = (typeof complianceOutcomes)[number];

const dateSchema = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
const instantSchema = z.iso.datetime({ offset: true, message: 'must be a date and time in ISO 8601 with a time zone, such as 2026-11-24T08:30:00+08:00' });
const outcomeSchema = z.enum(complianceOutcomes, { message: 'must be compliant, not_compliant or not_applicable' });

const measureCheckSchema = z
  .strictObject({
    outcome: outcomeSchema,
    note: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters').optional().describe('What was seen, such as 收银台两人未戴口罩'),
  })
  .meta({ id: 'ComplianceMeasureCheck' });

export const complianceRecordCreateSchema = z
  .strictObject({
    date: dateSchema.describe('The venue’s local day the check belongs to: not in the future there, and within the check-in retention of the protocol in force'),
    checkedAt: instantSchema.optional().describe('When the check was made; default now. Must fall on date in the venue’s time zone'),
    measures: z
      .strictObject({
        masks: measureCheckSchema.describe('Masks worn by staff and visitors'),
        ventilation: measureCheckSchema.describe('Windows open or ventilation running'),
        disinfection: measureCheckSchema.describe('Surfaces and shared objects disinfected, with the log kept'),
        distancing: measureCheckSchema.describe('The one-metre line (一米线) marked and kept'),
      })
      .describe('Every measure, each compliant, not_compliant or not_applicable'),
    note: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters').optional(),
  })
  .meta({ id: 'ComplianceRecordCreate' });
export type ComplianceRecordCreate = z.infer<typeof complianceRecordCreateSchema>;

const measureResultSchema = z.object({ outcome: z.enum(complianceOutcomes), note: z.string().nullable() }).meta({ id: 'ComplianceMeasureResult' });

export const complianceRecordSchema = z
  .object({
    id: z.string(),
    venueId: z.string(),
    jurisdictionCode: z.string(),
    date: z.string().describe('The venue’s local day'),
    checkedAt: z.string(),
    measures: z.object({ masks: measureResultSchema, ventilation: measureResultSchema, disinfection: measureResultSchema, distancing: measureResultSchema }),
    note: z.string().nullable(),
    recordedBy: z.string().describe('The id of the recording account'),
    recordedAt: z.string(),
  })
  .meta({ id: 'ComplianceRecord' });
export type ComplianceRecord = z.infer<typeof complianceRecordSchema>;

export const complianceRecordListQuerySchema = z.object({
  from: dateSchema.optional().describe('Local days from this one'),
  to: dateSchema.optional().describe('Local days up to this one, included'),
});

export const venueLedgerQuerySchema = z.object({
  date: dateSchema.optional().describe('The venue’s local day; default today there'),
});

const outcomeOrNone = z.enum(complianceOutcomes).nullable();
export const complianceSummarySchema = z
  .object({ masks: outcomeOrNone, ventilation: outcomeOrNone, disinfection: outcomeOrNone, distancing: outcomeOrNone })
  .describe('The latest outcome of the day per measure; null when no check was recorded')
  .meta({ id: 'ComplianceSummary' });
export type ComplianceSummary = z.infer<typeof complianceSummarySchema>;

export const checkinDaySchema = z
  .object({
    total: z.number().int(),
    withExit: z.number().int().describe('Check-ins with an exit recorded'),
    feverReadings: z.number().int().describe('Readings at or above the fever threshold of the protocol in force that day'),
    byHour: z.array(z.number().int()).length(24).describe('Check-ins by local hour of entry, 0 to 23'),
  })
  .meta({ id: 'LedgerCheckins' });
export type CheckinDay = z.infer<typeof checkinDaySchema>;

export const venueLedgerSchema = z
  .object({
    venue: z.object({ id: z.string(), name: z.string(), venueType: z.enum(venueTypes).nullable(), jurisdictionCode: z.string() }),
    date: z.string(),
    timeZone: z.string().describe('The venue jurisdiction’s time zone, in which the day and its hours are counted'),
    checkins: checkinDaySchema,
    feverFlags: z.array(feverFlagSchema).nullable().describe('The day’s fever flags at the venue, oldest entry first; null for roles that do not follow up fever flags'),
    compliance: z.object({ records: z.array(complianceRecordSchema).describe('Oldest check first'), summary: complianceSummarySchema }),
  })
  .meta({ id: 'VenueLedger' });
export type VenueLedger = z.infer<typeof venueLedgerSchema>;
