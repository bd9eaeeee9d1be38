import { QueryCache, QueryClient } from '@tanstack/react-query';
import { navigate } from '../router/index.ts';
import { ApiError } from './problem.ts';

/** Sends the browser to the login page when a console request finds the session gone. */
function redirectToLoginOnExpiredSession(error: unknown): void {
  if (!(error instanceof ApiError) || error.status !== 401) return;
  const here = window.location.pathname + window.location.search;
  if (!here.startsWith('/console')) return;
  navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true });
}

/** The app's query cache: no retries on answers that will not change (4xx), one on the rest. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: redirectToLoginOnExpiredSession }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 1,
      },
    },
  });
}
