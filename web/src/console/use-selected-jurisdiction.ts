import { useCallback } from 'react';
import { updateSearchParams, useSearchParam } from '../router/index.ts';
import { useConsoleSession } from './console-context.tsx';

/** The URL's query parameter that carries the selected jurisdiction on every console page. */
export const JURISDICTION_PARAM = 'j';

/**
 * The jurisdiction the console is looking at: ?j=CODE, or the account's own. Selecting one adds a history
 * entry, so that Back returns to the previous jurisdiction.
 */
export function useSelectedJurisdiction(): { code: string; select: (code: string) => void } {
  const { rootCode } = useConsoleSession();
  const code = useSearchParam(JURISDICTION_PARAM) ?? rootCode;
  const select = useCallback((next: string) => {
    updateSearchParams({ [JURISDICTION_PARAM]: next, cursor: null }, { replace: false });
  }, []);
  return { code, select };
}
