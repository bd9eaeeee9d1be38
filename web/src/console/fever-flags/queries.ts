import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type operations } from '../../api/index.ts';

export type FeverFlagFilters = Omit<NonNullable<operations['listFeverFlags']['parameters']['query']>, 'cursor' | 'limit'>;

export const FEVER_FLAGS_PAGE_SIZE = 25;

/** One page of fever flags raised at venues of the jurisdiction, newest first. */
export function useFeverFlagsPage(filters: FeverFlagFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['fever-flags', filters, cursor],
    queryFn: () => unwrap(api.GET('/api/v1/fever-flags', { params: { query: { ...filters, cursor, limit: FEVER_FLAGS_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

/** Records that a flag was followed up, and how; the lists are fetched again, as the flag changes status. */
export function useHandleFeverFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) => unwrap(api.POST('/api/v1/fever-flags/{id}/handle', { params: { path: { id } }, body: { note } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['fever-flags'] }),
  });
}
