import type { Cluster } from '../../api/models.ts';

export type ClusterCase = Cluster['cases'][number];

export interface ChainNode {
  case: ClusterCase;
  children: ChainNode[];
}

/**
 * The cluster's chains as trees, one per root (a case with no known infector), each case under its infector.
 * A tree gives every node one parent: a case with two infectors appears under its first link only, and
 * a case already placed is not placed again, so a loop in the links cannot repeat forever.
 */
export function chainTrees(cluster: Cluster): ChainNode[] {
  const byId = new Map(cluster.cases.map((item) => [item.id, item]));
  const parentOf = new Map<string, string>();
  for (const link of cluster.links) {
    if (!parentOf.has(link.infecteeCaseId)) parentOf.set(link.infecteeCaseId, link.infectorCaseId);
  }
  const childrenOf = new Map<string, string[]>();
  for (const [child, parent] of parentOf) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), child]);
  const placed = new Set<string>();
  const build = (id: string): ChainNode | null => {
    const found = byId.get(id);
    if (!found || placed.has(id)) return null;
    placed.add(id);
    const children = (childrenOf.get(id) ?? []).map(build).filter((node): node is ChainNode => node !== null);
    return { case: found, children };
  };
  const roots = cluster.roots.length > 0 ? cluster.roots : cluster.cases.slice(0, 1).map((item) => item.id);
  return roots.map(build).filter((node): node is ChainNode => node !== null);
}

/** How many levels the deepest tree has. */
export function depthOf(nodes: readonly ChainNode[]): number {
  return nodes.length === 0 ? 0 : 1 + Math.max(...nodes.map((node) => depthOf(node.children)));
}

/** The widest level's number of cases. */
export function widthOf(nodes: readonly ChainNode[]): number {
  let level = [...nodes];
  let widest = 0;
  while (level.length > 0) {
    widest = Math.max(widest, level.length);
    level = level.flatMap((node) => node.children);
  }
  return widest;
}
