import type * as maplibregl from 'maplibre-gl';
import { VENUE_TYPES } from '../../api/models.ts';
import { COMPOUND_COLOR, VENUE_COLORS } from './venue-colors.ts';

type Style = Exclude<maplibregl.MapOptions['style'], string | undefined>;
type Layer = Style['layers'][number];
type Filter = NonNullable<Parameters<maplibregl.Map['setFilter']>[1]>;
type ColorValue = NonNullable<NonNullable<Extract<Layer, { type: 'circle' }>['paint']>['circle-color']>;

export const PLACES_SOURCE = 'places';
/** The layers a click can hit, topmost first. */
export const CLICKABLE_LAYERS = ['venue-points', 'venue-areas', 'compound-points', 'compound-areas'];

/**
 * An offline style: a plain background, optionally raster tiles from the configured template, and the
 * places drawn from GeoJSON. No glyphs or sprites are fetched, so no text is drawn on the map; names
 * appear in popups and in the list beside it.
 */
export function buildMapStyle(tileUrl: string | null): Style {
  const sources: Style['sources'] = {
    [PLACES_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
  };
  const layers: Layer[] = [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1ec' } }];
  if (tileUrl) {
    sources.tiles = { type: 'raster', tiles: [tileUrl], tileSize: 256 };
    layers.push({ id: 'tiles', type: 'raster', source: 'tiles' });
  }
  layers.push(...placeLayers());
  return { version: 8, sources, layers };
}

const isArea: Filter = ['any', ['==', ['geometry-type'], 'Polygon'], ['==', ['geometry-type'], 'MultiPolygon']];
const isPoint: Filter = ['==', ['geometry-type'], 'Point'];
/** Every condition at once (the style types cannot check a spread of conditions, hence the cast). */
function all(...conditions: Filter[]): Filter {
  return ['all', ...conditions] as Filter;
}
const isCompound: Filter = ['==', ['get', 'kind'], 'compound'];
const isNotCompound: Filter = ['!=', ['get', 'kind'], 'compound'];

/** The colour of a venue by its type, as a style expression. */
function venueColor(): ColorValue {
  const cases = VENUE_TYPES.flatMap((type) => [type, VENUE_COLORS[type]]);
  // The spread of cases cannot be typed as the expression's tuple; the shape is match, input, pairs, fallback.
  return ['match', ['coalesce', ['get', 'venueType'], 'other'], ...cases, VENUE_COLORS.other] as unknown as ColorValue;
}

function placeLayers(): Layer[] {
  return [
    { id: 'compound-areas', type: 'fill', source: PLACES_SOURCE, filter: all(isCompound, isArea), paint: { 'fill-color': COMPOUND_COLOR, 'fill-opacity': 0.25 } },
    { id: 'compound-outlines', type: 'line', source: PLACES_SOURCE, filter: all(isCompound, isArea), paint: { 'line-color': '#6b7480', 'line-width': 1 } },
    { id: 'compound-points', type: 'circle', source: PLACES_SOURCE, filter: all(isCompound, isPoint), paint: { 'circle-color': COMPOUND_COLOR, 'circle-radius': 3.5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 0.8 } },
    { id: 'venue-areas', type: 'fill', source: PLACES_SOURCE, filter: all(isNotCompound, isArea), paint: { 'fill-color': venueColor(), 'fill-opacity': 0.45 } },
    { id: 'venue-points', type: 'circle', source: PLACES_SOURCE, filter: all(isNotCompound, isPoint), paint: { 'circle-color': venueColor(), 'circle-radius': 7, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 } },
  ];
}

/** The filters of the venue layers for the venue types shown. */
export function venueLayerFilters(visibleTypes: readonly string[]): Record<'venue-areas' | 'venue-points', Filter> {
  const shown: Filter = ['in', ['coalesce', ['get', 'venueType'], 'other'], ['literal', [...visibleTypes]]];
  return {
    'venue-areas': all(isNotCompound, isArea, shown),
    'venue-points': all(isNotCompound, isPoint, shown),
  };
}

/** The compound layers, shown or hidden together. */
export const COMPOUND_LAYERS = ['compound-areas', 'compound-outlines', 'compound-points'];
