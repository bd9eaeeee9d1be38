import { describe, expect, test } from 'vitest';
import { clustersOf, wouldCycle } from './chains.ts';

describe('clusters and chains', () => {
  test('linked cases form one cluster with its root and its longest chain; lone cases stand alone', () => {
    const clusters = clustersOf(['a', 'b', 'c', 'd', 'e'], [
      { infector: 'a', infectee: 'b' },
      { infector: 'b', infectee: 'c' },
      { infector: 'a', infectee: 'd' },
    ]);
    const big = clusters.find((cluster) => cluster.cases.includes('a'))!;
    expect(big.cases.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(big.roots).toEqual(['a']);
    expect(big.generations).toBe(3);
    expect(clusters.find((cluster) => cluster.cases.includes('e'))).toEqual({ cases: ['e'], links: [], roots: ['e'], generations: 1 });
  });

  test('two sources joined by a shared infectee are one cluster with two roots', () => {
    const [cluster] = clustersOf(['a', 'b', 'c'], [
      { infector: 'a', infectee: 'c' },
      { infector: 'b', infectee: 'c' },
    ]);
    expect(cluster!.roots.sort()).toEqual(['a', 'b']);
    expect(cluster!.generations).toBe(2);
  });

  test('a link back up a chain would close a cycle', () => {
    const links = [
      { infector: 'a', infectee: 'b' },
      { infector: 'b', infectee: 'c' },
    ];
    expect(wouldCycle(links, 'c', 'a')).toBe(true);
    expect(wouldCycle(links, 'a', 'c')).toBe(false);
    expect(wouldCycle(links, 'd', 'a')).toBe(false);
  });
});
