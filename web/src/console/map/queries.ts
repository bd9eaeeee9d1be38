import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/index.ts';

/** Compounds and venues of a jurisdiction's subtree as GeoJSON, with their bounding box. */
export function usePlacesMap(jurisdiction: string) {
  return useQuery({
    queryKey: ['places-map', jurisdiction],
    queryFn: () => unwrap(api.GET('/api/v1/places/map', { params: { query: { jurisdiction, kind: 'compound,venue' } } })),
  });
}

/** The platform's map settings: a raster tile URL template, or null for the offline map. */
export function useConsoleConfig() {
  return useQuery({
    queryKey: ['console-config'],
    queryFn: async (): Promise<{ mapTiles: string | null }> => {
      const response = await fetch('/console-config.json', { credentials: 'same-origin' });
      if (!response.ok) return { mapTiles: null };
      const body = (await response.json()) as { mapTiles?: unknown };
      return { mapTiles: typeof body.mapTiles === 'string' && body.mapTiles ? body.mapTiles : null };
    },
    staleTime: Infinity,
  });
}
