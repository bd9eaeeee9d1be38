import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type operations } from '../../api/index.ts';
import type { Case, CaseCreate, CaseUpdate, TransmissionLinkCreate } from '../../api/models.ts';

export type CaseFilters = Omit<NonNullable<operations['listCases']['parameters']['query']>, 'cursor' | 'limit'>;
export type ContactFilters = Omit<NonNullable<operations['listCaseContacts']['parameters']['query']>, 'cursor' | 'limit'>;

export const CASES_PAGE_SIZE = 25;
export const CONTACTS_PAGE_SIZE = 25;
/** How many of the jurisdiction's latest cases the link form offers; any other is given by its id. */
const LINKABLE_CASES = 100;

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

const caseQuery = (id: string) =>
  queryOptions({
    queryKey: ['cases', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/cases/{id}', { params: { path: { id } } })),
  });

export function useCase(id: string) {
  return useQuery(caseQuery(id));
}

/** Reads the case again from the server (after someone else changed it), whatever the cache holds. */
export function useReloadCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => queryClient.fetchQuery({ ...caseQuery(id), staleTime: 0 }) });
}

/** A case was reported or changed: the lists, the four earlies and the chains that show it are read again. */
function refreshCaseViews(queryClient: QueryClient, saved: Case): void {
  queryClient.setQueryData(caseQuery(saved.id).queryKey, saved);
  for (const view of ['list', 'intervals', 'cluster']) void queryClient.invalidateQueries({ queryKey: ['cases', view] });
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseCreate) => unwrap(api.POST('/api/v1/cases', { body })),
    onSuccess: (created) => refreshCaseViews(queryClient, created),
  });
}

/** Changes a case; the version sent guards against overwriting someone else's change (409). */
export function useUpdateCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseUpdate) => unwrap(api.PATCH('/api/v1/cases/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => refreshCaseViews(queryClient, saved),
  });
}

/** The jurisdiction's most recent cases, to choose the other end of a transmission link from. */
export function useLinkableCases(jurisdiction: string) {
  return useQuery({
    queryKey: ['cases', 'list', { jurisdiction }, 'linkable'],
    queryFn: () => unwrap(api.GET('/api/v1/cases', { params: { query: { jurisdiction, limit: LINKABLE_CASES } } })),
  });
}

/** Records that one case infected another; every chain drawn is read again, since two chains may have become one. */
export function useLinkCases() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransmissionLinkCreate) => unwrap(api.POST('/api/v1/transmission-links', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases', 'cluster'] }),
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

/** Traces the cases together, as a day's new cases are; every case's contact lists are fetched again. */
export function useTraceCases() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (caseIds: string[]) => unwrap(api.POST('/api/v1/cases/trace', { body: { caseIds } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contacts'] }),
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
