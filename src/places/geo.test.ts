import { describe, expect, test } from 'vitest';
import type { Outline } from './model.ts';
import { boundingBox, EARTH_RADIUS_METERS, geometryOf, haversineMeters, latitudeBand, nearestWithin } from './geo.ts';

describe('great-circle distance', () => {
  test('one degree of a meridian is a 360th of the circumference', () => {
    expect(haversineMeters({ longitude: 112.5, latitude: 37 }, { longitude: 112.5, latitude: 38 })).toBeCloseTo((2 * Math.PI * EARTH_RADIUS_METERS) / 360, 6);
  });

  test('along the equator and between known cities', () => {
    expect(haversineMeters({ longitude: 0, latitude: 0 }, { longitude: 90, latitude: 0 })).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_METERS, 3);
    // Beijing (116.4074, 39.9042) to Shanghai (121.4737, 31.2304): about 1068 km on the sphere.
    const meters = haversineMeters({ longitude: 116.4074, latitude: 39.9042 }, { longitude: 121.4737, latitude: 31.2304 });
    expect(meters).toBeGreaterThan(1_066_000);
    expect(meters).toBeLessThan(1_070_000);
  });

  test('is symmetric, zero for one point, and half the circumference for antipodes', () => {
    const a = { longitude: 112.73, latitude: 37.42 };
    const b = { longitude: 112.6, latitude: 37.5 };
    expect(haversineMeters(a, b)).toBeCloseTo(haversineMeters(b, a), 9);
    expect(haversineMeters(a, a)).toBe(0);
    // Near antipodes the arcsine is ill-conditioned; the error stays under a metre.
    expect(Math.abs(haversineMeters({ longitude: 0, latitude: 10 }, { longitude: 180, latitude: -10 }) - Math.PI * EARTH_RADIUS_METERS)).toBeLessThan(1);
  });
});

describe('nearest search', () => {
  const center = { longitude: 112.55, latitude: 37.43 };
  const near = { id: 'near', longitude: 112.56, latitude: 37.43 };
  const middle = { id: 'middle', longitude: 112.55, latitude: 37.5 };
  const far = { id: 'far', longitude: 113.5, latitude: 37.43 };

  test('a band holds every point within the radius', () => {
    const band = latitudeBand(center, 10_000);
    expect(haversineMeters(center, { longitude: center.longitude, latitude: band.to })).toBeCloseTo(10_000, 3);
    expect(latitudeBand({ longitude: 0, latitude: 89.99 }, 100_000).to).toBe(90);
  });

  test('nearest first with distances, or null when too few lie within the radius', () => {
    // middle lies 0.07 degrees of latitude (7.8 km) north, near 0.01 degrees of longitude (0.9 km) east.
    expect(nearestWithin([far, middle, near], center, 5_000, 2)).toBeNull();
    expect(nearestWithin([far, middle, near], center, 200_000, 2)!.map((item) => item.id)).toEqual(['near', 'middle']);
    expect(nearestWithin([far, near], center, Infinity, 5)!.map((item) => [item.id, Math.round(item.distanceMeters)])).toEqual([
      ['near', Math.round(haversineMeters(center, near))],
      ['far', Math.round(haversineMeters(center, far))],
    ]);
  });
});

describe('drawing', () => {
  const square: Outline = { type: 'Polygon', coordinates: [[[112, 37], [113, 37], [113, 38], [112, 37]]] };
  const island: Outline = { type: 'Polygon', coordinates: [[[100, 30], [101, 30], [101, 31], [100, 30]]] };

  test('an outline wins over a position; nothing to draw without either', () => {
    expect(geometryOf({ latitude: 37.5, longitude: 112.5, outline: square })).toBe(square);
    expect(geometryOf({ latitude: 37.5, longitude: 112.5, outline: null })).toEqual({ type: 'Point', coordinates: [112.5, 37.5] });
    expect(geometryOf({ latitude: null, longitude: 112.5, outline: null })).toBeNull();
  });

  test('the bounding box spans points and outlines', () => {
    expect(boundingBox([])).toBeNull();
    expect(boundingBox([square, { type: 'Point', coordinates: [111.5, 37.8] }])).toEqual([111.5, 37, 113, 38]);
    expect(boundingBox([{ type: 'MultiPolygon', coordinates: [square.coordinates, island.coordinates] }])).toEqual([100, 30, 113, 38]);
  });
});
