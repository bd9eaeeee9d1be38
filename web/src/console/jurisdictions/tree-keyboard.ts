/**
 * Keyboard behaviour of the jurisdiction tree, after the WAI-ARIA Authoring Practices tree view pattern:
 * Up/Down move between visible items, Home/End to the first and last, Right opens an item or enters it,
 * Left closes it or goes up to its parent, Enter and Space select.
 */
export type TreeAction =
  | { type: 'focus'; code: string }
  | { type: 'expand'; code: string }
  | { type: 'collapse'; code: string }
  | { type: 'select'; code: string };

/** What the tree shows, in reading order: enough to decide where a key leads. */
export interface VisibleItem {
  code: string;
  level: number;
  /** true open, false closed, null for a leaf. */
  expanded: boolean | null;
}

/** The action for a key pressed on the item `current`, or null when the key is not the tree's. */
export function treeActionFor(key: string, items: readonly VisibleItem[], current: string): TreeAction | null {
  const index = items.findIndex((item) => item.code === current);
  const item = items[index];
  if (!item) return null;
  switch (key) {
    case 'ArrowDown':
      return focusAt(items, index + 1);
    case 'ArrowUp':
      return focusAt(items, index - 1);
    case 'Home':
      return focusAt(items, 0);
    case 'End':
      return focusAt(items, items.length - 1);
    case 'ArrowRight':
      if (item.expanded === false) return { type: 'expand', code: item.code };
      if (item.expanded === true && (items[index + 1]?.level ?? 0) > item.level) return focusAt(items, index + 1);
      return null;
    case 'ArrowLeft': {
      if (item.expanded === true) return { type: 'collapse', code: item.code };
      const parent = items.slice(0, index).findLast((candidate) => candidate.level < item.level);
      return parent ? { type: 'focus', code: parent.code } : null;
    }
    case 'Enter':
    case ' ':
      return { type: 'select', code: item.code };
    default:
      return null;
  }
}

function focusAt(items: readonly VisibleItem[], index: number): TreeAction | null {
  const target = items[index];
  return target ? { type: 'focus', code: target.code } : null;
}

/** Reads the visible items from the rendered tree (collapsed branches are not rendered). */
export function visibleItemsIn(tree: HTMLElement): VisibleItem[] {
  return Array.from(tree.querySelectorAll<HTMLElement>('[role="treeitem"]')).map((element) => {
    const expanded = element.getAttribute('aria-expanded');
    return {
      code: element.dataset.code ?? '',
      level: Number(element.getAttribute('aria-level') ?? '1'),
      expanded: expanded === null ? null : expanded === 'true',
    };
  });
}
