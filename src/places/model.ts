import { z } from '../platform/validation.ts';
import { jurisdictionCodeSchema } from '../jurisdictions/model.ts';

/** Places below a village or community: compound > building > unit > household, and venues. */
export const placeKinds = ['compound', 'building', 'unit', 'household', 'venue'] as const;
export type PlaceKind = (typeof placeKinds)[number];

/** Which kinds a place may sit under (null: directly under its jurisdiction). Village houses are buildings without a compound. */
export const allowedParents: Record<PlaceKind, readonly (PlaceKind | null)[]> = {
  compound: [null],
  building: [null, 'compound'],
  unit: ['building'],
  household: ['unit', 'building'],
  venue: [null, 'compound', 'building'],
};

/** Key places (重点场所) by type; MISSION.md section 2. */
export const venueTypes = [
  'mall',
  'supermarket',
  'market',
  'hotel',
  'restaurant',
  'scenic_spot',
  'sports_venue',
  'culture_venue',
  'school',
  'kindergarten',
  'university',
  'elderly_home',
  'prison',
  'hospital',
  'fever_clinic',
  'pharmacy',
  'sampling_site',
  'quarantine_site',
  'port',
  'cold_chain_warehouse',
  'workplace',
  'transport_hub',
  'other',
] as const;
export type VenueType = (typeof venueTypes)[number];

/** Orders a place list may take besides id order; a leading - is descending. */
export const placeSorts = ['name', '-name'] as const;
export type PlaceSort = (typeof placeSorts)[number];

const latitudeSchema = z.number().min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90');
const longitudeSchema = z.number().min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180');

const positionSchema = z.tuple([longitudeSchema, latitudeSchema]).rest(z.number());
const ringSchema = z.array(positionSchema).min(4, 'a ring needs at least 4 positions');
/** A GeoJSON (RFC 7946) Polygon or MultiPolygon outline in WGS84. */
export const outlineSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ringSchema).min(1)).min(1) }),
  ])
  .meta({ id: 'Outline' });
export type Outline = z.infer<typeof outlineSchema>;

export const placeSchema = z
  .object({
    id: z.string(),
    kind: z.enum(placeKinds),
    parentId: z.string().nullable(),
    jurisdictionCode: z.string(),
    name: z.string(),
    venueType: z.enum(venueTypes).nullable(),
    address: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    outline: outlineSchema.nullable(),
    externalRef: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Place' });
export type Place = z.infer<typeof placeSchema>;

const nameSchema = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const placeCreateSchema = z
  .strictObject({
    kind: z.enum(placeKinds),
    parentId: z.string().max(64).nullable().optional(),
    jurisdictionCode: jurisdictionCodeSchema.optional(),
    name: nameSchema,
    venueType: z.enum(venueTypes).optional(),
    address: z.string().trim().max(400, 'must be at most 400 characters').optional(),
    latitude: latitudeSchema.optional(),
    longitude: longitudeSchema.optional(),
    outline: outlineSchema.optional(),
    externalRef: z.string().trim().min(1).max(100, 'must be at most 100 characters').optional(),
  })
  .meta({ id: 'PlaceCreate' });
export type PlaceCreate = z.infer<typeof placeCreateSchema>;

export const placeUpdateSchema = z
  .strictObject({
    name: nameSchema.optional(),
    venueType: z.enum(venueTypes).optional(),
    address: z.string().trim().max(400).nullable().optional(),
    latitude: latitudeSchema.nullable().optional(),
    longitude: longitudeSchema.nullable().optional(),
    outline: outlineSchema.nullable().optional(),
  })
  .meta({ id: 'PlaceUpdate' });
export type PlaceUpdate = z.infer<typeof placeUpdateSchema>;

/** One row of a places CSV. `ref` is the file's own id for the place: it links children to parents and makes re-runs harmless. */
export const placeImportRowSchema = z.object({
  ref: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  kind: z.enum(placeKinds, { message: `must be one of ${placeKinds.join(', ')}` }),
  parent_ref: z.string().trim().optional().transform((value) => value || undefined),
  jurisdiction_code: z.string().trim().optional().transform((value) => value || undefined),
  name: nameSchema,
  venue_type: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.enum(venueTypes, { message: `must be one of ${venueTypes.join(', ')}` }).optional()),
  address: z.string().trim().optional().transform((value) => value || undefined),
  latitude: optionalNumber(latitudeSchema),
  longitude: optionalNumber(longitudeSchema),
  outline: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return undefined;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'is not valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(outlineSchema.optional()),
});
export type PlaceImportRow = z.infer<typeof placeImportRowSchema>;

function optionalNumber(schema: z.ZodNumber) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? Number(value) : undefined))
    .pipe(z.union([schema, z.undefined()], { message: 'must be a number in range' }));
}

/** The rules of a place's position in the tree; returns the problem, or null. */
export function placementProblem(kind: PlaceKind, parentKind: PlaceKind | null, venueType: VenueType | undefined | null): string | null {
  if (!allowedParents[kind].includes(parentKind)) {
    const allowed = allowedParents[kind].map((parent) => parent ?? 'the jurisdiction itself').join(' or ');
    return `a ${kind} must be placed under ${allowed}, not ${parentKind ?? 'the jurisdiction itself'}`;
  }
  if (kind === 'venue' && !venueType) return 'a venue needs a venueType';
  if (kind !== 'venue' && venueType) return `only venues have a venueType, not a ${kind}`;
  return null;
}

/** Kinds drawn on the map; households and units are never drawn. */
export const mapKinds = ['compound', 'building', 'venue'] as const;
export type MapKind = (typeof mapKinds)[number];
/** At most this many features in one map answer. */
export const MAP_FEATURE_LIMIT = 20_000;

export const placesMapQuerySchema = z.object({
  jurisdiction: jurisdictionCodeSchema.optional(),
  kind: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? ['compound', 'venue'] : [value].flat().flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean)))
    .pipe(z.array(z.enum(mapKinds, { message: `must be ${mapKinds.join(', ')} (repeated or as a comma list)` })).min(1, 'name at least one kind'))
    .describe('compound, building or venue; repeated or a comma list; default compound,venue'),
  venueType: z.enum(venueTypes).optional(),
});

const pointSchema = z.object({ type: z.literal('Point'), coordinates: positionSchema });
/** A GeoJSON geometry as the map draws it: a point, or the place's outline. */
export const geometrySchema = z.discriminatedUnion('type', [pointSchema, ...outlineSchema.options]).meta({ id: 'Geometry' });
export type Geometry = z.infer<typeof geometrySchema>;

/** The places of a subtree as a GeoJSON (RFC 7946) FeatureCollection. */
export const placesMapSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable().describe('[minLon, minLat, maxLon, maxLat] of the features, or null when there are none'),
    truncated: z.boolean().describe(`True when more than ${MAP_FEATURE_LIMIT} places matched and only the first were drawn`),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        geometry: geometrySchema,
        properties: z.object({ id: z.string(), name: z.string(), kind: z.enum(mapKinds), venueType: z.string().nullable(), jurisdictionCode: z.string() }),
      }),
    ),
  })
  .meta({ id: 'PlacesMap' });
export type PlacesMap = z.infer<typeof placesMapSchema>;

/** Venue types the public may look up: where to get tested, where to go with a fever. */
export const publicServiceTypes = ['fever_clinic', 'sampling_site'] as const satisfies readonly VenueType[];
export type PublicServiceType = (typeof publicServiceTypes)[number];

export const publicServicesQuerySchema = z.object({
  type: z.enum(publicServiceTypes, { message: `must be one of ${publicServiceTypes.join(', ')}` }),
  near: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined) return undefined;
      const parts = value.split(',').map((part) => Number(part.trim()));
      const [longitude, latitude] = parts;
      if (parts.length !== 2 || !Number.isFinite(longitude) || !Number.isFinite(latitude) || Math.abs(longitude!) > 180 || Math.abs(latitude!) > 90) {
        context.addIssue({ code: 'custom', message: 'must be LON,LAT in degrees (longitude -180 to 180, latitude -90 to 90)' });
        return z.NEVER;
      }
      return { longitude: longitude!, latitude: latitude! };
    })
    .describe('LON,LAT: sort by great-circle distance from this point'),
  community: jurisdictionCodeSchema.optional().describe('Sort by distance from the mean position of this jurisdiction’s places'),
  limit: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(50, 'must be at most 50').default(10),
});
export type PublicServicesQuery = z.infer<typeof publicServicesQuerySchema>;

export const publicServiceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    venueType: z.enum(publicServiceTypes),
    address: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    jurisdictionCode: z.string(),
    jurisdictionName: z.string(),
    distanceMeters: z.number().nullable().describe('Great-circle distance from the point asked about; null without one'),
  })
  .meta({ id: 'PublicService' });
export type PublicService = z.infer<typeof publicServiceSchema>;
