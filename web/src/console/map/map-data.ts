import { VENUE_TYPES, type MapFeature, type VenueType } from '../../api/models.ts';

/** A venue's type as one of ours (an unknown one counts as other). */
export function venueTypeOf(feature: MapFeature): VenueType {
  const type = feature.properties.venueType;
  return VENUE_TYPES.find((known) => known === type) ?? 'other';
}

/** How many venues of each type the data holds, in the catalog's order, only types present. */
export function countVenueTypes(features: readonly MapFeature[]): [VenueType, number][] {
  const counts = new Map<VenueType, number>();
  for (const feature of features) {
    if (feature.properties.kind === 'compound') continue;
    const type = venueTypeOf(feature);
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return VENUE_TYPES.filter((type) => counts.has(type)).map((type) => [type, counts.get(type)!]);
}

/** The features the filters leave on the map. */
export function shownFeatures(features: readonly MapFeature[], visibleTypes: readonly string[], showCompounds: boolean): MapFeature[] {
  return features.filter((feature) =>
    feature.properties.kind === 'compound' ? showCompounds : visibleTypes.includes(venueTypeOf(feature)),
  );
}
