import { createContext, useContext } from 'react';

/** What every node of the tree shares: which are open, which has the keyboard, which is selected. */
export interface TreeState {
  selectedCode: string;
  focusedCode: string;
  isExpanded: (code: string) => boolean;
  toggle: (code: string) => void;
  focus: (code: string) => void;
  select: (code: string) => void;
}

export const TreeStateContext = createContext<TreeState | null>(null);

export function useTreeState(): TreeState {
  const state = useContext(TreeStateContext);
  if (!state) throw new Error('useTreeState must be used inside <JurisdictionTree>');
  return state;
}
