import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/index.ts';

/** Administrative names change rarely: keep them for a while. */
const NAMES_STALE_MS = 10 * 60_000;
/** The API's largest page; a township rarely has more villages than that. */
const CHILDREN_LIMIT = 500;

/** One jurisdiction by code. */
export function useJurisdiction(code: string) {
  return useQuery({
    queryKey: ['jurisdiction', code],
    queryFn: () => unwrap(api.GET('/api/v1/jurisdictions/{code}', { params: { path: { code } } })),
    staleTime: NAMES_STALE_MS,
  });
}

/** The direct children of a jurisdiction (one page of up to 500, by code). */
export function useJurisdictionChildren(code: string, enabled: boolean) {
  return useQuery({
    queryKey: ['jurisdiction-children', code],
    queryFn: () => unwrap(api.GET('/api/v1/jurisdictions', { params: { query: { parent: code, limit: CHILDREN_LIMIT } } })),
    staleTime: NAMES_STALE_MS,
    enabled,
  });
}

/** The chain from the top of the tree down to the jurisdiction itself. */
export function useJurisdictionAncestors(code: string) {
  return useQuery({
    queryKey: ['jurisdiction-ancestors', code],
    queryFn: () => unwrap(api.GET('/api/v1/jurisdictions/{code}/ancestors', { params: { path: { code } } })),
    staleTime: NAMES_STALE_MS,
  });
}

/** Jurisdictions whose name or code matches; the server keeps to the account's scope. */
export function useJurisdictionSearch(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['jurisdiction-search', q],
    queryFn: () => unwrap(api.GET('/api/v1/jurisdictions', { params: { query: { q, limit: 20 } } })),
    enabled: q.length > 0,
    staleTime: NAMES_STALE_MS,
    placeholderData: keepPreviousData,
  });
}
