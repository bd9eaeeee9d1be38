import { useMemo, useSyncExternalStore } from 'react';
import { currentHref, navigate, subscribeToLocation } from './history.ts';

export interface AppLocation {
  pathname: string;
  search: URLSearchParams;
  /** pathname + search, as it appears in the address bar. */
  href: string;
}

/** The current location; re-renders on every navigation, back and forward. */
export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribeToLocation, currentHref);
  return useMemo(() => {
    const url = new URL(href, window.location.origin);
    return { pathname: url.pathname, search: url.searchParams, href };
  }, [href]);
}

/** One query parameter, or null when it is absent or empty. */
export function useSearchParam(name: string): string | null {
  const { search } = useLocation();
  const value = search.get(name);
  return value === '' ? null : value;
}

/**
 * Changes some query parameters of the current page (null removes one). Filters replace the history
 * entry by default so that Back leaves the page rather than undoing each keystroke.
 */
export function updateSearchParams(changes: Record<string, string | null>, options: { replace?: boolean } = { replace: true }): void {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === '') url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  navigate(url.pathname + url.search, options);
}
