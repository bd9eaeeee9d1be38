import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/index.ts';

export const ME_QUERY_KEY = ['me'] as const;

/** The signed-in account, its permissions and the fields it sees in clear; an ApiError 401 when signed out. */
export function useMe() {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/v1/me')),
    staleTime: 60_000,
    retry: false,
  });
}

/** Starts a session (the server sets the HttpOnly cookie) and forgets any data of a previous account. */
export async function signIn(queryClient: QueryClient, username: string, password: string): Promise<void> {
  await unwrap(api.POST('/api/v1/sessions', { body: { username, password } }));
  queryClient.clear();
}

/** Ends the session and drops everything cached for it, so that nothing personal stays in memory. */
export async function signOut(queryClient: QueryClient): Promise<void> {
  try {
    await unwrap(api.DELETE('/api/v1/sessions/current'));
  } finally {
    queryClient.clear();
  }
}
