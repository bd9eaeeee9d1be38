import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type operations } from '../../api/index.ts';
import type { Person, PersonCreate, PersonUpdate, MaskableField } from '../../api/models.ts';

export type PeopleFilters = Omit<NonNullable<operations['listPeople']['parameters']['query']>, 'cursor' | 'limit'>;

export const PEOPLE_PAGE_SIZE = 25;

/** One page of people matching the filters. */
export function usePeoplePage(filters: PeopleFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['people', filters, cursor],
    queryFn: () => unwrap(api.GET('/api/v1/people', { params: { query: { ...filters, cursor, limit: PEOPLE_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

/** How many people match (the sort does not matter for a count). */
export function usePeopleCount({ sort: _sort, ...filters }: PeopleFilters) {
  return useQuery({
    queryKey: ['people-count', filters],
    queryFn: () => unwrap(api.GET('/api/v1/people/count', { params: { query: filters } })),
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: ['person', id],
    queryFn: () => unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } })),
  });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonCreate) => unwrap(api.POST('/api/v1/people', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }),
  });
}

/** Changes a person; the version sent guards against overwriting someone else's change. */
export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonUpdate) => unwrap(api.PATCH('/api/v1/people/{id}', { params: { path: { id } }, body })),
    onSuccess: (person: Person) => {
      queryClient.setQueryData(['person', id], person);
      void queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
}

/** Shows masked values in clear, with a reason that the server records in the audit log. */
export function useRevealPerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { fields: MaskableField[]; reason: string }) => unwrap(api.POST('/api/v1/people/{id}/reveal', { params: { path: { id } }, body: request })),
    onSuccess: (person: Person) => queryClient.setQueryData(['person', id], person),
  });
}
