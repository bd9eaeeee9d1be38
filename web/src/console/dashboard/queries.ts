import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/index.ts';

/** How often the dashboard asks for fresh figures while it is open. */
export const DASHBOARD_REFRESH_MS = 30_000;

/** The aggregates of a jurisdiction's subtree, refreshed in the background every 30 seconds. */
export function useDashboard(jurisdiction: string) {
  return useQuery({
    queryKey: ['dashboard', jurisdiction],
    queryFn: () => unwrap(api.GET('/api/v1/dashboard', { params: { query: { jurisdiction } } })),
    refetchInterval: DASHBOARD_REFRESH_MS,
    staleTime: DASHBOARD_REFRESH_MS / 2,
  });
}
