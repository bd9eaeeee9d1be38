import { z } from '../platform/validation.ts';
import { jurisdictionCodeSchema } from '../jurisdictions/model.ts';

export const documentTypes = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent_residence', 'other'] as const;
export type DocumentType = (typeof documentTypes)[number];

export const sexes = ['male', 'female', 'unknown'] as const;
export type Sex = (typeof sexes)[number];

/** Priority groups (MISSION.md 10): stored flags; aged 60+ and infant are also derived from the birth date. */
export const priorityGroups = ['aged_60_plus', 'infant', 'pregnant', 'chronic_illness', 'critical_illness', 'regular_treatment', 'disabled'] as const;
export type PriorityGroup = (typeof priorityGroups)[number];

/** Orders a people list may take besides id order; a leading - is descending, ties are broken by id. */
export const peopleSorts = ['name', '-name', 'birthDate', '-birthDate', 'createdAt', '-createdAt'] as const;
export type PeopleSort = (typeof peopleSorts)[number];

export const personSchema = z
  .object({
    id: z.string(),
    jurisdictionCode: z.string(),
    name: z.string(),
    documentType: z.enum(documentTypes),
    documentNumber: z.string().describe('Masked (with *) unless the role sees it in clear or it was revealed'),
    phone: z.string().nullable(),
    birthDate: z.string().nullable(),
    sex: z.enum(sexes),
    householdId: z.string().nullable(),
    address: z.string().nullable(),
    affiliationId: z.string().nullable(),
    affiliationGroup: z.string().nullable().describe('The class or team within the affiliation, as the school or workplace names it'),
    priorityGroups: z.array(z.enum(priorityGroups)),
    masked: z.array(z.enum(['documentNumber', 'phone', 'address'])).describe('Which fields of this response are masked'),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof personSchema>;

const nameSchema = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
const dateSchema = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
const phoneSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s()-]/g, ''))
  .pipe(z.string().regex(/^\+?\d{6,15}$/, 'must be a phone number of 6 to 15 digits, optionally starting with +'));
const affiliationGroupSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(60, 'must be at most 60 characters')
  .describe('The class or team within the affiliation (such as 三年级2班); only together with an affiliation');

export const personCreateSchema = z
  .strictObject({
    jurisdictionCode: jurisdictionCodeSchema.optional().describe('Defaults to the household’s jurisdiction'),
    name: nameSchema,
    documentType: z.enum(documentTypes),
    documentNumber: z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters'),
    phone: phoneSchema.optional(),
    birthDate: dateSchema.optional(),
    sex: z.enum(sexes).optional(),
    householdId: z.string().max(64).optional(),
    affiliationId: z.string().max(64).optional(),
    affiliationGroup: affiliationGroupSchema.optional(),
    priorityGroups: z.array(z.enum(priorityGroups)).max(priorityGroups.length).optional(),
  })
  .meta({ id: 'PersonCreate' });
export type PersonCreate = z.infer<typeof personCreateSchema>;

/**
 * A change to a person. Identity and placement fields are accepted only with their current value, so that
 * a record read and written back is harmless; masked values written back change nothing.
 */
export const personUpdateSchema = z
  .strictObject({
    name: nameSchema.optional(),
    phone: z.string().max(40).nullable().optional(),
    birthDate: dateSchema.nullable().optional(),
    sex: z.enum(sexes).optional(),
    householdId: z.string().max(64).nullable().optional(),
    affiliationId: z.string().max(64).nullable().optional(),
    affiliationGroup: affiliationGroupSchema.nullable().optional().describe('Cleared when the affiliation changes and no group is given'),
    priorityGroups: z.array(z.enum(priorityGroups)).max(priorityGroups.length).optional(),
    // Read-only: accepted when unchanged, refused otherwise.
    id: z.string().optional(),
    jurisdictionCode: z.string().optional(),
    documentType: z.enum(documentTypes).optional(),
    documentNumber: z.string().optional(),
    address: z.string().nullable().optional(),
    masked: z.array(z.string()).optional(),
    createdAt: z.string().optional(),
    updatedAt: z.string().optional(),
    version: z.number().int().optional(),
  })
  .meta({ id: 'PersonUpdate' });
export type PersonUpdate = z.infer<typeof personUpdateSchema>;

/** One row of a people CSV. */
export const personImportRowSchema = z.object({
  name: nameSchema,
  document_type: z.enum(documentTypes, { message: `must be one of ${documentTypes.join(', ')}` }),
  document_number: z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters'),
  jurisdiction_code: z.string().trim().optional().transform((value) => value || undefined),
  phone: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(phoneSchema.optional()),
  birth_date: z.string().trim().optional().transform((value) => value || undefined).pipe(dateSchema.optional()),
  sex: z.string().trim().optional().transform((value) => value || undefined).pipe(z.enum(sexes, { message: 'must be male, female or unknown' }).optional()),
  household_ref: z.string().trim().optional().transform((value) => value || undefined),
  affiliation_ref: z.string().trim().optional().transform((value) => value || undefined),
  affiliation_group: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.string().max(60, 'must be at most 60 characters').optional()),
  priority_groups: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value.split(/[;|]/).map((group) => group.trim()).filter(Boolean) : []))
    .pipe(z.array(z.enum(priorityGroups, { message: `each must be one of ${priorityGroups.join(', ')}` }))),
});
export type PersonImportRow = z.infer<typeof personImportRowSchema>;

export const revealSchema = z
  .strictObject({
    fields: z.array(z.enum(['documentNumber', 'phone', 'address'])).min(1, 'name at least one field'),
    reason: z.string().trim().min(10, 'must explain the need in at least 10 characters').max(500, 'must be at most 500 characters'),
  })
  .meta({ id: 'RevealRequest' });
export type RevealRequest = z.infer<typeof revealSchema>;

export const lookupSchema = z
  .strictObject({
    documentType: z.enum(documentTypes).optional(),
    documentNumber: z.string().trim().min(1).max(40).optional(),
    phone: z.string().trim().min(1).max(40).optional(),
  })
  .refine((value) => (value.documentNumber !== undefined) !== (value.phone !== undefined), {
    message: 'give either documentNumber (with documentType) or phone',
    path: ['documentNumber'],
  })
  .meta({ id: 'PersonLookup' });
export type PersonLookup = z.infer<typeof lookupSchema>;
