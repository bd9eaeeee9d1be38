import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ancestorCodes, childPath, isWithin, orderParentsFirst, subtreeRange } from './tree.ts';

describe('jurisdiction paths', () => {
  const province = childPath(null, '14');
  const city = childPath(province, '1407');
  const sibling = childPath(province, '14070');

  test('a subtree holds its root and descendants and nothing else', () => {
    const { from, to } = subtreeRange(city);
    const inRange = (path: string) => path >= from && path < to;
    expect(inRange(city)).toBe(true);
    expect(inRange(childPath(city, '140703'))).toBe(true);
    expect(inRange(province)).toBe(false);
    // A sibling whose code starts with this code is not inside it.
    expect(inRange(sibling)).toBe(false);
    expect(isWithin(sibling, city)).toBe(false);
  });

  test('the range agrees with prefix containment for any codes', () => {
    const code = fc.stringMatching(/^[A-Za-z0-9._-]{1,6}$/);
    fc.assert(
      fc.property(fc.array(code, { minLength: 1, maxLength: 4 }), fc.array(code, { minLength: 1, maxLength: 4 }), (rootCodes, otherCodes) => {
        const root = rootCodes.reduce<string | null>((path, item) => childPath(path, item), null)!;
        const other = otherCodes.reduce<string | null>((path, item) => childPath(path, item), null)!;
        const { from, to } = subtreeRange(root);
        const inRange = other >= from && other < to;
        const isDescendant = otherCodes.length >= rootCodes.length && rootCodes.every((item, index) => otherCodes[index] === item);
        expect(inRange).toBe(isDescendant);
      }),
    );
  });

  test('ancestors are listed root first, without the node itself', () => {
    expect(ancestorCodes(childPath(city, '140703'))).toEqual(['14', '1407']);
  });
});

describe('ordering imported rows', () => {
  test('children listed before their parents are placed after them', () => {
    const rows = [
      { code: 'v', parentCode: 't' },
      { code: 't', parentCode: 'c' },
      { code: 'c', parentCode: null },
    ];
    expect(orderParentsFirst(rows, new Set()).ordered.map((row) => row.code)).toEqual(['c', 't', 'v']);
  });

  test('unknown parents, cycles and repeated codes are reported, the rest kept', () => {
    const rows = [
      { code: 'a', parentCode: 'stored' },
      { code: 'b', parentCode: 'missing' },
      { code: 'x', parentCode: 'y' },
      { code: 'y', parentCode: 'x' },
      { code: 'a', parentCode: null },
    ];
    const { ordered, problems } = orderParentsFirst(rows, new Set(['stored']));
    expect(ordered.map((row) => row.code)).toEqual(['a']);
    expect(problems).toEqual([
      { index: 4, code: 'a', problem: 'duplicate code (also on row 1)' },
      { index: 1, code: 'b', problem: 'parent_code missing is not a known jurisdiction' },
      { index: 2, code: 'x', problem: 'is part of a cycle of parents' },
      { index: 3, code: 'y', problem: 'is part of a cycle of parents' },
    ]);
  });
});
