import { filterPathOf } from '../jurisdictions/service.ts';
import { requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { boundingBox, geometryOf } from './geo.ts';
import { MAP_FEATURE_LIMIT, type MapKind, type Outline, type PlacesMap, type VenueType } from './model.ts';
import { findMapPlaces } from './store.ts';

export interface PlacesMapQuery {
  jurisdiction?: string | undefined;
  kind: MapKind[];
  venueType?: VenueType | undefined;
}

/** Places within the scope as GeoJSON features, at most MAP_FEATURE_LIMIT of them; households and units are never drawn. */
export async function getPlacesMap(platform: Platform, actor: Actor, query: PlacesMapQuery): Promise<PlacesMap> {
  await requirePermission(platform, actor, 'places.read', 'places.map');
  const rows = await findMapPlaces(platform.database.db, actor.scope, {
    underPath: await filterPathOf(platform, actor, query.jurisdiction),
    kinds: [...new Set(query.kind)],
    venueType: query.venueType,
    limit: MAP_FEATURE_LIMIT + 1,
  });
  const features = rows.slice(0, MAP_FEATURE_LIMIT).flatMap((row) => {
    const geometry = geometryOf({ latitude: row.latitude, longitude: row.longitude, outline: row.outline ? (JSON.parse(row.outline) as Outline) : null });
    if (!geometry) return [];
    const properties = { id: row.id, name: row.name, kind: row.kind as MapKind, venueType: row.venue_type, jurisdictionCode: row.jurisdiction_code };
    return [{ type: 'Feature' as const, id: row.id, geometry, properties }];
  });
  return { type: 'FeatureCollection', bbox: boundingBox(features.map((feature) => feature.geometry)), truncated: rows.length > MAP_FEATURE_LIMIT, features };
}
