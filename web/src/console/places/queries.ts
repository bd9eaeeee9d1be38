import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type operations } from '../../api/index.ts';
import type { Place } from '../../api/models.ts';

export type PlaceFilters = Omit<NonNullable<operations['listPlaces']['parameters']['query']>, 'cursor' | 'limit'>;
type PlaceCreate = operations['createPlace']['requestBody']['content']['application/json'];

export const PLACES_PAGE_SIZE = 25;

/** One page of places matching the filters. */
export function usePlacesPage(filters: PlaceFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['places', filters, cursor],
    queryFn: () => unwrap(api.GET('/api/v1/places', { params: { query: { ...filters, cursor, limit: PLACES_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

export function usePlace(id: string | null) {
  return useQuery({
    queryKey: ['place', id],
    queryFn: () => unwrap(api.GET('/api/v1/places/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
  });
}

export function useCreatePlace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlaceCreate) => unwrap(api.POST('/api/v1/places', { body })),
    onSuccess: (place: Place) => {
      queryClient.setQueryData(['place', place.id], place);
      void queryClient.invalidateQueries({ queryKey: ['places'] });
      void queryClient.invalidateQueries({ queryKey: ['places-map'] });
    },
  });
}
