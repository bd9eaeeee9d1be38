import type { Jurisdiction } from '../../api/models.ts';
import { useI18n } from '../../i18n/index.ts';
import { useJurisdictionChildren } from './queries.ts';
import { useTreeState } from './tree-state.ts';

/** The lowest level has nothing below it; any other may have children (we know once they are loaded). */
function mayHaveChildren(jurisdiction: Jurisdiction): boolean {
  return jurisdiction.level !== 'village';
}

interface TreeNodeProps {
  jurisdiction: Jurisdiction;
  level: number;
  position: number;
  siblings: number;
}

/**
 * One jurisdiction in the tree. The treeitem holds only the name (so that its accessible name is the
 * name); its children follow in a group, and aria-level/posinset/setsize give the structure.
 */
export function TreeNode({ jurisdiction, level, position, siblings }: TreeNodeProps) {
  const { t } = useI18n();
  const tree = useTreeState();
  const { code } = jurisdiction;
  const expanded = tree.isExpanded(code);
  const children = useJurisdictionChildren(code, expanded && mayHaveChildren(jurisdiction));
  const items = children.data?.items;
  const isLeaf = !mayHaveChildren(jurisdiction) || (items !== undefined && items.length === 0);
  const selected = tree.selectedCode === code;

  return (
    <li role="none">
      <div
        role="treeitem"
        data-code={code}
        aria-level={level}
        aria-posinset={position}
        aria-setsize={siblings}
        aria-expanded={isLeaf ? undefined : expanded}
        aria-selected={selected}
        tabIndex={tree.focusedCode === code ? 0 : -1}
        className={selected ? 'tree-item selected' : 'tree-item'}
        style={{ paddingInlineStart: `${(level - 1) * 1.1 + 0.3}rem` }}
        onClick={() => tree.select(code)}
        onFocus={() => tree.focus(code)}
      >
        {/* The arrow is drawn by CSS, so that the item's text is exactly the jurisdiction's name. */}
        <span
          aria-hidden="true"
          className={`tree-toggle ${isLeaf ? 'leaf' : expanded ? 'open' : 'closed'}`}
          onClick={(event) => {
            event.stopPropagation();
            if (!isLeaf) tree.toggle(code);
          }}
        />
        {jurisdiction.name}
      </div>
      {expanded && !isLeaf ? (
        <ul role="group">
          {children.isPending ? <li role="none" className="tree-note">{t('tree.loadingChildren')}</li> : null}
          {items?.map((child, index) => (
            <TreeNode key={child.code} jurisdiction={child} level={level + 1} position={index + 1} siblings={items.length} />
          ))}
          {children.data?.nextCursor ? <li role="none" className="tree-note">{t('tree.moreChildren')}</li> : null}
        </ul>
      ) : null}
    </li>
  );
}
