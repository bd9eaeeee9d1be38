import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type operations } from '../../api/index.ts';

export type CaseFilters = Omit<NonNullable<operations['listCases']['parameters']['query']>, 'cursor' | 'limit'>;
export type ContactFilters = Omit<NonNullable<operations['listCaseContacts']['parameters']['query']>, 'cursor' | 'limit'>;

export const CASES_PAGE_SIZE = 25;
export const CONTACTS_PAGE_SIZE = 25;

/** One page of the jurisdiction's cases, newest report first. */
export function useCasesPage(filters: CaseFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['cases', 'list', filters, cursor],
    queryFn: () => unwrap(api.GET('/api/v1/cases', { params: { query: { ...filters, cursor, limit: CASES_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

/** The four earlies' intervals over the jurisdiction's cases of the last 30 days. */
export function useCaseIntervals(jurisdiction: string) {
  return useQuery({
    queryKey: ['cases', 'intervals', jurisdiction],
    queryFn: () => unwrap(api.GET('/api/v1/cases/intervals', { params: { query: { jurisdiction } } })),
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: ['cases', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/cases/{id}', { params: { path: { id } } })),
  });
}

export function useCaseCluster(id: string) {
  return useQuery({
    queryKey: ['cases', 'cluster', id],
    queryFn: () => unwrap(api.GET('/api/v1/cases/{id}/cluster', { params: { path: { id } } })),
  });
}

/** One page of the case's candidate contacts, highest score first. */
export function useCaseContacts(id: string, filters: ContactFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['contacts', id, filters, cursor],
    queryFn: () => unwrap(api.GET('/api/v1/cases/{id}/contacts', { params: { path: { id }, query: { ...filters, cursor, limit: CONTACTS_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

/** Computes the case's candidate contacts again from the records; the contact lists are fetched again. */
export function useTraceCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/cases/{id}/trace', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contacts', id] }),
  });
}

export function useConfirmContact(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) => unwrap(api.POST('/api/v1/contacts/{id}/confirm', { params: { path: { id } }, body: { note } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contacts', caseId] }),
  });
}

export function useDismissContact(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) => unwrap(api.POST('/api/v1/contacts/{id}/dismiss', { params: { path: { id } }, body: { note } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contacts', caseId] }),
  });
}
