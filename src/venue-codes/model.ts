import { z } from '../platform/validation.ts';
import { venueTypes } from '../places/model.ts';

/** A venue may have this many active codes at once: one per entrance is the need, more is a mistake. */
export const MAX_ACTIVE_CODES_PER_VENUE = 50;

export const venueCodeIssueSchema = z
  .strictObject({
    label: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').optional().describe('Where the code hangs, such as 北门 (north gate); printed under the venue’s name'),
  })
  .meta({ id: 'VenueCodeIssue' });
export type VenueCodeIssue = z.infer<typeof venueCodeIssueSchema>;

export const venueCodeRevokeSchema = z
  .strictObject({
    reason: z.string().trim().min(5, 'must be at least 5 characters').max(500, 'must be at most 500 characters'),
  })
  .meta({ id: 'VenueCodeRevoke' });
export type VenueCodeRevoke = z.infer<typeof venueCodeRevokeSchema>;

export const venueCodeSchema = z
  .object({
    id: z.string(),
    venueId: z.string(),
    jurisdictionCode: z.string(),
    label: z.string().nullable(),
    active: z.boolean().describe('False once revoked; revoking is final'),
    createdAt: z.string(),
    createdBy: z.string().describe('The username of the issuing account'),
    revokedAt: z.string().nullable(),
    revokedBy: z.string().nullable(),
    revokedReason: z.string().nullable(),
  })
  .meta({ id: 'VenueCode' });
export type VenueCode = z.infer<typeof venueCodeSchema>;

export const venueCodeImageFormats = ['svg', 'png'] as const;
export type VenueCodeImageFormat = (typeof venueCodeImageFormats)[number];

export const venueTokenSchema = z
  .strictObject({
    token: z.string().max(1000, 'must be at most 1000 characters').describe('The token from the scanned URL’s fragment (after /scan#)'),
  })
  .meta({ id: 'VenueTokenResolve' });

/** What the public learns from a scanned code: where the citizen is, and nothing else. */
export const publicVenueSchema = z
  .object({
    name: z.string(),
    venueType: z.enum(venueTypes),
  })
  .meta({ id: 'PublicVenue' });
export type PublicVenue = z.infer<typeof publicVenueSchema>;
