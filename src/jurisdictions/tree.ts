/**
 * Pure rules of the jurisdiction tree. Each node stores its path: the codes from the root down to it,
 * each followed by '/'. A subtree is then one range of paths, the same on SQLite and PostgreSQL, and
 * codes that share a prefix (1407 and 14070) never mix because the separator ends each code.
 */

export const PATH_SEPARATOR = '/';

/** The path of a node under a parent (or at the root when the parent path is null). */
export function childPath(parentPath: string | null, code: string): string {
  return `${parentPath ?? PATH_SEPARATOR}${code}${PATH_SEPARATOR}`;
}

/** The half-open range [from, to) of paths in the subtree rooted at a path, the root included. */
export function subtreeRange(path: string): { from: string; to: string } {
  // '/' + 1 is '0': no path inside the subtree reaches a path that starts with `${path}` minus '/' plus '0'.
  return { from: path, to: path.slice(0, -1) + String.fromCharCode(PATH_SEPARATOR.charCodeAt(0) + 1) };
}

/** Whether the node at `path` lies in the subtree rooted at `rootPath` (itself included). */
export function isWithin(path: string, rootPath: string): boolean {
  return path.startsWith(rootPath);
}

/** The codes of a node's ancestors, root first, itself excluded. */
export function ancestorCodes(path: string): string[] {
  return path.split(PATH_SEPARATOR).filter(Boolean).slice(0, -1);
}

export interface TreeRow {
  code: string;
  parentCode: string | null;
}

export interface TreeProblem {
  index: number;
  code: string;
  problem: string;
}

/**
 * Orders rows so that every parent comes before its children, given the codes already stored.
 * Rows whose parent is unknown, or that form a cycle, are returned as problems instead.
 */
export function orderParentsFirst<T extends TreeRow>(
  rows: readonly T[],
  storedCodes: ReadonlySet<string>,
): { ordered: T[]; problems: TreeProblem[] } {
  const byParent = new Map<string | null, number[]>();
  const problems: TreeProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    if (seen.has(row.code)) {
      problems.push({ index, code: row.code, problem: `duplicate code (also on row ${seen.get(row.code)! + 1})` });
      return;
    }
    seen.set(row.code, index);
    const siblings = byParent.get(row.parentCode) ?? [];
    siblings.push(index);
    byParent.set(row.parentCode, siblings);
  });
  const ordered: T[] = [];
  const placed = new Set<number>();
  const queue: (string | null)[] = [null, ...storedCodes];
  for (let head = 0; head < queue.length; head++) {
    for (const index of byParent.get(queue[head]!) ?? []) {
      if (placed.has(index)) continue;
      placed.add(index);
      ordered.push(rows[index]!);
      queue.push(rows[index]!.code);
    }
  }
  rows.forEach((row, index) => {
    if (placed.has(index) || problems.some((problem) => problem.index === index)) return;
    const parentKnown = row.parentCode !== null && (seen.has(row.parentCode) || storedCodes.has(row.parentCode));
    problems.push({
      index,
      code: row.code,
      problem: parentKnown ? 'is part of a cycle of parents' : `parent_code ${row.parentCode} is not a known jurisdiction`,
    });
  });
  return { ordered, problems };
}
