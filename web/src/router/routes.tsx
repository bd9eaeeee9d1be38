import type { ReactNode } from 'react';
import { matchPath, type PathParams } from './match.ts';
import { useLocation } from './use-location.ts';

export interface Route {
  /** A pattern such as /console/people/:id; the first route that matches wins. */
  path: string;
  render: (params: PathParams) => ReactNode;
}

/** Renders the first route matching the current path, or the fallback. */
export function Routes({ routes, fallback }: { routes: Route[]; fallback: ReactNode }) {
  const { pathname } = useLocation();
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return <>{route.render(params)}</>;
  }
  return <>{fallback}</>;
}
