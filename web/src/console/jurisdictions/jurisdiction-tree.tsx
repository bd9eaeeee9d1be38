import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { useConsoleSession } from '../console-context.tsx';
import { useSelectedJurisdiction } from '../use-selected-jurisdiction.ts';
import { useJurisdiction, useJurisdictionAncestors } from './queries.ts';
import { treeActionFor, visibleItemsIn } from './tree-keyboard.ts';
import { TreeNode } from './tree-node.tsx';
import { TreeStateContext, type TreeState } from './tree-state.ts';

/**
 * The jurisdiction navigator: the account's part of the tree, opened on demand, by mouse or keyboard.
 * The selected jurisdiction lives in the URL; the branch leading to it is opened whenever it changes.
 */
export function JurisdictionTree() {
  const { t } = useI18n();
  const { rootCode } = useConsoleSession();
  const { code: selectedCode, select } = useSelectedJurisdiction();
  const root = useJurisdiction(rootCode);
  const ancestors = useJurisdictionAncestors(selectedCode);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set([rootCode]));
  const [focusedCode, setFocusedCode] = useState(selectedCode);
  const treeElement = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const chain = ancestors.data?.items.map((item) => item.code) ?? [];
    const fromRoot = chain.slice(chain.indexOf(rootCode) >= 0 ? chain.indexOf(rootCode) : chain.length, -1);
    if (fromRoot.length === 0) return;
    setExpanded((current) => (fromRoot.every((code) => current.has(code)) ? current : new Set([...current, ...fromRoot])));
  }, [ancestors.data, rootCode]);

  useEffect(() => setFocusedCode(selectedCode), [selectedCode]);

  const toggle = useCallback((code: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
    setFocusedCode(code);
  }, []);

  const state = useMemo<TreeState>(() => ({
    selectedCode,
    focusedCode,
    isExpanded: (code) => expanded.has(code),
    toggle,
    focus: setFocusedCode,
    select,
  }), [selectedCode, focusedCode, expanded, toggle, select]);

  function handleKeyDown(event: KeyboardEvent<HTMLUListElement>): void {
    const tree = treeElement.current;
    const current = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]')?.dataset.code;
    if (!tree || !current) return;
    const action = treeActionFor(event.key, visibleItemsIn(tree), current);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'select') select(action.code);
    else if (action.type === 'expand' || action.type === 'collapse') toggle(action.code);
    else {
      setFocusedCode(action.code);
      tree.querySelector<HTMLElement>(`[role="treeitem"][data-code="${CSS.escape(action.code)}"]`)?.focus();
    }
  }

  return (
    <TreeStateContext.Provider value={state}>
      <ul ref={treeElement} role="tree" aria-label={t('tree.label')} data-testid="jurisdiction-tree" className="tree" onKeyDown={handleKeyDown}>
        {root.data ? <TreeNode jurisdiction={root.data} level={1} position={1} siblings={1} /> : <li role="none" className="tree-note">{t('app.loading')}</li>}
      </ul>
    </TreeStateContext.Provider>
  );
}
