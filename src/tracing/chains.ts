/** A link of a transmission chain: who likely infected whom. */
export interface ChainLink {
  infector: string;
  infectee: string;
}

/** A group of cases joined by links, with the sources of its chains and its longest chain. */
export interface ChainCluster {
  cases: string[];
  links: ChainLink[];
  roots: string[];
  generations: number;
}

/**
 * The clusters of linked cases: the connected components of the links (union-find with path halving;
 * Tarjan 1975), each with its roots (cases no link names as infectee) and the longest chain counted in
 * cases. Cases without links are clusters of one. Links are kept acyclic where they are made.
 */
export function clustersOf(caseIds: readonly string[], links: readonly ChainLink[]): ChainCluster[] {
  const parent = new Map<string, string>(caseIds.map((id) => [id, id]));
  const find = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) {
      const grand = parent.get(parent.get(current)!)!;
      parent.set(current, grand);
      current = grand;
    }
    return current;
  };
  const known = links.filter((link) => parent.has(link.infector) && parent.has(link.infectee));
  for (const link of known) parent.set(find(link.infector), find(link.infectee));

  const members = new Map<string, string[]>();
  for (const id of caseIds) {
    const root = find(id);
    const list = members.get(root);
    if (list) list.push(id);
    else members.set(root, [id]);
  }
  const linksOf = new Map<string, ChainLink[]>();
  for (const link of known) {
    const root = find(link.infector);
    const list = linksOf.get(root);
    if (list) list.push(link);
    else linksOf.set(root, [link]);
  }
  return [...members].map(([root, cases]) => {
    const clusterLinks = linksOf.get(root) ?? [];
    const infected = new Set(clusterLinks.map((link) => link.infectee));
    const roots = cases.filter((id) => !infected.has(id));
    return { cases, links: clusterLinks, roots, generations: longestChain(roots, clusterLinks) };
  });
}

/** The longest chain from any root, in cases (a lone case is a chain of one). */
function longestChain(roots: readonly string[], links: readonly ChainLink[]): number {
  const children = new Map<string, string[]>();
  for (const link of links) {
    const list = children.get(link.infector);
    if (list) list.push(link.infectee);
    else children.set(link.infector, [link.infectee]);
  }
  let longest = 0;
  const queue: [string, number][] = roots.map((id) => [id, 1]);
  const depth = new Map<string, number>();
  while (queue.length > 0) {
    const [id, level] = queue.shift()!;
    if ((depth.get(id) ?? 0) >= level) continue;
    depth.set(id, level);
    longest = Math.max(longest, level);
    for (const child of children.get(id) ?? []) queue.push([child, level + 1]);
  }
  return longest;
}

/** Whether adding infector → infectee would close a cycle: the infector descends from the infectee already. */
export function wouldCycle(links: readonly ChainLink[], infector: string, infectee: string): boolean {
  const children = new Map<string, string[]>();
  for (const link of links) {
    const list = children.get(link.infector);
    if (list) list.push(link.infectee);
    else children.set(link.infector, [link.infectee]);
  }
  const seen = new Set<string>();
  const stack = [infectee];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === infector) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return false;
}
