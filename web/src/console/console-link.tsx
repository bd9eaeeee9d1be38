import { useCallback } from 'react';
import { Link, navigate, useSearchParam, type LinkProps } from '../router/index.ts';
import { JURISDICTION_PARAM } from './use-selected-jurisdiction.ts';

/** A console path with the selected jurisdiction (if one is in the URL) carried along. */
function withSelection(path: string, selected: string | null): string {
  if (!selected) return path;
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}${JURISDICTION_PARAM}=${encodeURIComponent(selected)}`;
}

/** The path with the selected jurisdiction carried along, so that every page keeps looking at it. */
export function useConsoleHref(path: string): string {
  return withSelection(path, useSearchParam(JURISDICTION_PARAM));
}

/** navigate() for console pages, keeping the selected jurisdiction. */
export function useConsoleNavigate(): (path: string) => void {
  const selected = useSearchParam(JURISDICTION_PARAM);
  return useCallback((path: string) => navigate(withSelection(path, selected)), [selected]);
}

/** A link between console pages that keeps the selected jurisdiction. */
export function ConsoleLink({ to, ...rest }: LinkProps) {
  return <Link to={useConsoleHref(to)} {...rest} />;
}
