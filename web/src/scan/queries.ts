import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/index.ts';

export const MY_CHECKINS_PAGE_SIZE = 20;

/** The venue a scanned token stands for; the token goes in the body, never in a URL. */
export function useScannedVenue(token: string) {
  return useQuery({
    queryKey: ['scanned-venue', token],
    queryFn: () => unwrap(api.POST('/api/v1/public/venue-codes/resolve', { body: { token } })),
    staleTime: 5 * 60_000,
  });
}

/** One page of the signed-in resident's own check-ins, newest first. */
export function useMyCheckinsPage(cursor: string | undefined) {
  return useQuery({
    queryKey: ['my-checkins', cursor],
    queryFn: () => unwrap(api.GET('/api/v1/me/checkins', { params: { query: { cursor, limit: MY_CHECKINS_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}
