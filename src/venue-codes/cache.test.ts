import { describe, expect, test } from 'vitest';
import { ScanCache } from './cache.ts';

describe('the scan cache', () => {
  test('an active code is remembered for a while, a revoked one for good', () => {
    let now = 0;
    const cache = new ScanCache<string>(10, 60_000, () => now);
    cache.rememberActive('a', 'venue A');
    cache.rememberRevoked('b');
    expect(cache.get('a')).toBe('venue A');
    now = 59_999;
    expect(cache.get('a')).toBe('venue A');
    now = 60_000;
    expect(cache.get('a')).toBeUndefined();
    now = 10 ** 12;
    expect(cache.get('b')).toBe('revoked');
  });

  test('a revocation replaces the active entry at once', () => {
    const cache = new ScanCache<string>(10, 60_000, () => 0);
    cache.rememberActive('a', 'venue A');
    cache.rememberRevoked('a');
    expect(cache.get('a')).toBe('revoked');
    expect(cache.size).toBe(1);
    // A scan that read the code before the revocation committed cannot bring it back.
    cache.rememberActive('a', 'venue A');
    expect(cache.get('a')).toBe('revoked');
  });

  test('it never holds more than its bound, forgetting the least recently used first', () => {
    const cache = new ScanCache<number>(3, 60_000, () => 0);
    for (const id of ['a', 'b', 'c']) cache.rememberActive(id, 1);
    expect(cache.get('a')).toBe(1);
    cache.rememberActive('d', 1);
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([1, 1, 1]);
  });
});
