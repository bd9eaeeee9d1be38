import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import type { MapFeature, PlacesMap } from '../../api/models.ts';
import { CLICKABLE_LAYERS, COMPOUND_LAYERS, PLACES_SOURCE, buildMapStyle, venueLayerFilters } from './map-style.ts';
import { popupContent, type PopupText } from './map-popup.ts';

// The worker is a separate module file that Vite emits beside the map chunk.
maplibregl.setWorkerUrl(workerUrl);

type MapState = 'loading' | 'ready' | 'error';
type Properties = MapFeature['properties'];

export interface MapViewProps {
  collection: PlacesMap;
  visibleTypes: readonly string[];
  showCompounds: boolean;
  /** How many features the filters leave on the map (for data-feature-count). */
  shownCount: number;
  tileUrl: string | null;
  label: string;
  describe: (properties: Properties) => PopupText;
  onOpen: (href: string) => void;
  /** A place to centre on and open once drawn. */
  focus: MapFeature | null;
  onError: (message: string) => void;
}

/** The MapLibre map. data-map-state turns "ready" once the data is drawn, for people and for tests. */
export function MapView(props: MapViewProps) {
  const { collection, visibleTypes, showCompounds, shownCount, tileUrl, label, focus, onError } = props;
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [loaded, setLoaded] = useState(false);
  const [state, setState] = useState<MapState>('loading');

  useEffect(() => {
    if (!container.current) return;
    let instance: maplibregl.Map;
    try {
      instance = new maplibregl.Map({ container: container.current, style: buildMapStyle(tileUrl), center: [112.5, 37.4], zoom: 8, attributionControl: false });
    } catch (error) {
      setState('error');
      onError(error instanceof Error ? error.message : String(error));
      return;
    }
    map.current = instance;
    instance.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    instance.on('load', () => setLoaded(true));
    instance.on('click', (event) => {
      const [hit] = instance.queryRenderedFeatures(event.point, { layers: CLICKABLE_LAYERS });
      if (hit) openPopup(instance, event.lngLat, hit.properties as Properties);
    });
    for (const layer of CLICKABLE_LAYERS) {
      instance.on('mouseenter', layer, () => (instance.getCanvas().style.cursor = 'pointer'));
      instance.on('mouseleave', layer, () => (instance.getCanvas().style.cursor = ''));
    }
    return () => {
      instance.remove();
      map.current = null;
      setLoaded(false);
    };
  }, [tileUrl, onError]);

  function openPopup(instance: maplibregl.Map, at: maplibregl.LngLatLike, properties: Properties): void {
    const { describe, onOpen } = latest.current;
    new maplibregl.Popup({ closeButton: true, maxWidth: '18rem' }).setLngLat(at).setDOMContent(popupContent(describe(properties), onOpen)).addTo(instance);
  }

  useEffect(() => {
    const instance = map.current;
    if (!loaded || !instance) return;
    setState('loading');
    const source = instance.getSource<maplibregl.GeoJSONSource>(PLACES_SOURCE);
    // The API's GeoJSON is RFC 7946; MapLibre's own GeoJSON type differs only in how it spells the unions.
    source?.setData(collection as unknown as Parameters<maplibregl.GeoJSONSource['setData']>[0]);
    if (collection.bbox) {
      const [west, south, east, north] = collection.bbox;
      instance.fitBounds([[west!, south!], [east!, north!]], { padding: 40, maxZoom: 16, duration: 0 });
    }
    instance.once('idle', () => setState('ready'));
  }, [loaded, collection]);

  useEffect(() => {
    const instance = map.current;
    if (!loaded || !instance) return;
    for (const [layer, filter] of Object.entries(venueLayerFilters(visibleTypes))) instance.setFilter(layer, filter);
    for (const layer of COMPOUND_LAYERS) instance.setLayoutProperty(layer, 'visibility', showCompounds ? 'visible' : 'none');
  }, [loaded, visibleTypes, showCompounds]);

  useEffect(() => {
    const instance = map.current;
    if (state !== 'ready' || !instance || !focus) return;
    const at = firstPosition(focus.geometry);
    if (!at) return;
    instance.jumpTo({ center: at, zoom: Math.max(instance.getZoom(), 15) });
    openPopup(instance, at, focus.properties);
  }, [state, focus]);

  return (
    <div
      ref={container}
      className="map-canvas"
      data-testid="map"
      data-map-state={state}
      data-feature-count={state === 'ready' ? shownCount : undefined}
      role="region"
      aria-label={label}
    />
  );
}

/** A point of a geometry to centre on: the point itself, or the first corner of an outline. */
function firstPosition(geometry: MapFeature['geometry']): [number, number] | null {
  let coordinates: unknown = geometry.coordinates;
  while (Array.isArray(coordinates) && Array.isArray(coordinates[0])) coordinates = coordinates[0];
  return Array.isArray(coordinates) && coordinates.length >= 2 ? [Number(coordinates[0]), Number(coordinates[1])] : null;
}
