import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type operations, type paths } from '../../api/index.ts';

type VenueCodeIssue = operations['issueVenueCode']['requestBody']['content']['application/json'];
type VenueCodeImageFormat = NonNullable<NonNullable<operations['getVenueCodeImage']['parameters']['query']>['format']>;

export const VENUE_CODES_PAGE_SIZE = 25;
const IMAGE_PATH = '/api/v1/venue-codes/{id}/qr' satisfies keyof paths;

/** One page of a venue's codes, active and revoked, in the order they were issued. */
export function useVenueCodesPage(venueId: string, cursor: string | undefined) {
  return useQuery({
    queryKey: ['venue-codes', venueId, cursor],
    queryFn: () => unwrap(api.GET('/api/v1/places/{id}/codes', { params: { path: { id: venueId }, query: { cursor, limit: VENUE_CODES_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

export function useIssueVenueCode(venueId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VenueCodeIssue) => unwrap(api.POST('/api/v1/places/{id}/codes', { params: { path: { id: venueId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['venue-codes', venueId] }),
  });
}

/** Revokes a code for good; the reason is kept with it. */
export function useRevokeVenueCode(venueId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => unwrap(api.POST('/api/v1/venue-codes/{id}/revoke', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['venue-codes', venueId] }),
  });
}

/** Where a code's printable image is downloaded: a plain link, since the session cookie goes with it. */
export function venueCodeImageHref(codeId: string, format: VenueCodeImageFormat): string {
  return `${IMAGE_PATH.replace('{id}', encodeURIComponent(codeId))}?format=${format}`;
}
