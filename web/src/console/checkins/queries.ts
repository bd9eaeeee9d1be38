import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type operations } from '../../api/index.ts';

export type CheckinFilters = Omit<NonNullable<operations['listCheckins']['parameters']['query']>, 'cursor' | 'limit'>;

export const CHECKINS_PAGE_SIZE = 25;
const VENUE_MATCHES = 10;

/** One page of check-ins of a venue, a person, or both; nothing is asked until one of them is chosen. */
export function useCheckinsPage(filters: CheckinFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['checkins', filters, cursor],
    queryFn: () => unwrap(api.GET('/api/v1/checkins', { params: { query: { ...filters, cursor, limit: CHECKINS_PAGE_SIZE } } })),
    enabled: filters.venue !== undefined || filters.person !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** Venues of a jurisdiction whose name matches; nothing is asked until there is a name. */
export function useVenueSearch(jurisdiction: string, q: string | null) {
  return useQuery({
    queryKey: ['places', { jurisdiction, q, kind: 'venue' }, 'matches'],
    queryFn: () => unwrap(api.GET('/api/v1/places', { params: { query: { jurisdiction, q: q!, kind: 'venue', limit: VENUE_MATCHES } } })),
    enabled: q !== null,
  });
}
