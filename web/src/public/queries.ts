import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type operations } from '../api/index.ts';

export type ServicesQuery = operations['findPublicServices']['parameters']['query'];

/** The public bulletin of a jurisdiction, or of the one that published last. */
export function usePublicBulletin(jurisdiction: string | null) {
  return useQuery({
    queryKey: ['public-bulletin', jurisdiction],
    queryFn: () => unwrap(api.GET('/api/v1/public/bulletin', { params: { query: jurisdiction ? { jurisdiction } : {} } })),
    placeholderData: keepPreviousData,
    refetchInterval: 5 * 60_000,
  });
}

/** Public administrative names: the children of `parent`, or the top level. */
export function usePublicJurisdictions(parent: string | null) {
  return useQuery({
    queryKey: ['public-jurisdictions', parent],
    queryFn: () => unwrap(api.GET('/api/v1/public/jurisdictions', { params: { query: parent ? { parent } : {} } })),
    staleTime: 60 * 60_000,
  });
}

/** Fever clinics or sampling sites, nearest first; nothing is asked until there is a query. */
export function usePublicServices(query: ServicesQuery | null) {
  return useQuery({
    queryKey: ['public-services', query],
    queryFn: () => unwrap(api.GET('/api/v1/public/services', { params: { query: query! } })),
    enabled: query !== null,
  });
}
