import { useState } from 'react';

/**
 * Paging through a cursor list: the cursors of the pages already seen are kept on a stack, so that
 * Previous goes back exactly. A new `resetKey` (other filters) starts again at the first page.
 */
export function useCursorPages(resetKey: string): CursorPages {
  const [state, setState] = useState<{ key: string; stack: (string | undefined)[] }>({ key: resetKey, stack: [undefined] });
  const stack = state.key === resetKey ? state.stack : [undefined];
  return {
    cursor: stack.at(-1),
    page: stack.length,
    hasPrevious: stack.length > 1,
    next: (nextCursor: string) => setState({ key: resetKey, stack: [...stack, nextCursor] }),
    previous: () => setState({ key: resetKey, stack: stack.length > 1 ? stack.slice(0, -1) : stack }),
  };
}

/** Where a cursor list stands: the page shown and how to move. */
export interface CursorPages {
  cursor: string | undefined;
  page: number;
  hasPrevious: boolean;
  next(nextCursor: string): void;
  previous(): void;
}
