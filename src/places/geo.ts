import type { Geometry, Outline } from './model.ts';

/** The mean radius of the Earth, R1 of GRS 80 (Moritz, "Geodetic Reference System 1980", 2000). */
export const EARTH_RADIUS_METERS = 6_371_008.8;
const METERS_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_METERS;

export interface Position {
  longitude: number;
  latitude: number;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * The great-circle distance between two positions on a spherical Earth, by the haversine formula
 * (Sinnott, "Virtues of the Haversine", Sky and Telescope 68(2), 1984), which stays accurate for short
 * distances where the spherical law of cosines loses precision.
 */
export function haversineMeters(from: Position, to: Position): number {
  const halfChord = Math.sin(radians(to.latitude - from.latitude) / 2) ** 2 + Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(radians(to.longitude - from.longitude) / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(halfChord)));
}

/** The latitudes within which every point closer than `meters` to the centre lies (a meridian arc bounds them). */
export function latitudeBand(center: Position, meters: number): { from: number; to: number } {
  const degrees = meters / METERS_PER_DEGREE;
  return { from: Math.max(-90, center.latitude - degrees), to: Math.min(90, center.latitude + degrees) };
}

/**
 * The `limit` candidates nearest the centre, each with its distance, if at least `limit` lie within `radius`
 * meters: then no point outside the searched band can be nearer. Otherwise null, and a wider search is needed.
 */
export function nearestWithin<T extends Position>(candidates: readonly T[], center: Position, radius: number, limit: number): (T & { distanceMeters: number })[] | null {
  const measured = candidates.map((candidate) => ({ ...candidate, distanceMeters: haversineMeters(center, candidate) })).filter((candidate) => candidate.distanceMeters <= radius);
  if (measured.length < limit && Number.isFinite(radius)) return null;
  return measured.sort((a, b) => a.distanceMeters - b.distanceMeters).slice(0, limit);
}

/** How a place is drawn: its outline if it has one, else its position, else not at all. */
export function geometryOf(place: { latitude: number | null; longitude: number | null; outline: Outline | null }): Geometry | null {
  if (place.outline) return place.outline;
  if (place.latitude === null || place.longitude === null) return null;
  return { type: 'Point', coordinates: [place.longitude, place.latitude] };
}

function positionsOf(geometry: Geometry): number[][] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'Polygon') return geometry.coordinates.flat();
  return geometry.coordinates.flat(2);
}

/** The box [minLon, minLat, maxLon, maxLat] around geometries (RFC 7946, section 5), or null when there are none. */
export function boundingBox(geometries: readonly Geometry[]): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  for (const geometry of geometries) {
    for (const [longitude, latitude] of positionsOf(geometry)) {
      if (longitude === undefined || latitude === undefined) continue;
      box = box
        ? [Math.min(box[0], longitude), Math.min(box[1], latitude), Math.max(box[2], longitude), Math.max(box[3], latitude)]
        : [longitude, latitude, longitude, latitude];
    }
  }
  return box;
}
