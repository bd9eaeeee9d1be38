import { getJurisdictionRow } from '../jurisdictions/store.ts';
import type { Scope } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { invalid } from '../platform/errors.ts';
import { latitudeBand, nearestWithin, type Position } from './geo.ts';
import type { PublicService, PublicServicesQuery, PublicServiceType } from './model.ts';
import { findMeanPosition, findVenuesOfType, type ServiceRow } from './store.ts';

/** Fever clinics and sampling sites are published for everyone, wherever they are. */
const EVERYWHERE: Scope = { kind: 'system' };

/** Radii of the widening search for the nearest services, in meters; the last takes every positioned one. */
const SEARCH_RADII = [10_000, 50_000, 250_000, 1_000_000, Infinity];

function toService(row: ServiceRow, distanceMeters: number | null): PublicService {
  return {
    id: row.id,
    name: row.name,
    venueType: row.venue_type as PublicServiceType,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    jurisdictionCode: row.jurisdiction_code,
    jurisdictionName: row.jurisdiction_name,
    distanceMeters,
  };
}

/** The point a community is measured from: the mean position of its places. */
async function communityCenter(platform: Platform, code: string): Promise<Position> {
  const db = platform.database.db;
  const jurisdiction = await getJurisdictionRow(db, code);
  if (!jurisdiction) throw invalid([{ field: 'community', problem: 'is not a known jurisdiction' }]);
  const center = await findMeanPosition(db, EVERYWHERE, jurisdiction.path);
  if (!center) throw invalid([{ field: 'community', problem: 'has no places with a known position to measure from; give near=LON,LAT instead' }]);
  return center;
}

/**
 * Public services of one type, nearest first when a point (near) or a community is given, else by name.
 * The search widens a latitude band until enough services lie within its radius, so that a nearby answer
 * does not read every service of the country.
 */
export async function findPublicServices(platform: Platform, query: PublicServicesQuery): Promise<PublicService[]> {
  const db = platform.database.db;
  const center = query.near ?? (query.community ? await communityCenter(platform, query.community) : undefined);
  if (!center) return (await findVenuesOfType(db, EVERYWHERE, { venueType: query.type, limit: query.limit })).map((row) => toService(row, null));
  for (const radius of SEARCH_RADII) {
    const band = latitudeBand(center, Number.isFinite(radius) ? radius : Number.MAX_VALUE);
    const rows = await findVenuesOfType(db, EVERYWHERE, { venueType: query.type, latitudeBand: band });
    const positioned = rows.map((row) => ({ row, latitude: row.latitude!, longitude: row.longitude! }));
    const nearest = nearestWithin(positioned, center, radius, query.limit);
    if (nearest) return nearest.map((item) => toService(item.row, item.distanceMeters));
  }
  return [];
}
