import { expect, test } from 'vitest';
import { KeyCache } from './key-cache.ts';

test('the cache never holds more than its capacity, however many keys pass through', () => {
  const cache = new KeyCache<string, number>(100);
  for (let key = 0; key < 10_000; key++) cache.set(`person-${key}`, key);
  expect(cache.size).toBeLessThanOrEqual(100);
  expect(cache.get('person-9999')).toBe(9999);
  expect(cache.get('person-0')).toBeUndefined();
});

test('an entry in use survives while others come and go', () => {
  const cache = new KeyCache<string, number>(10);
  cache.set('busy', 1);
  for (let key = 0; key < 1000; key++) {
    cache.set(`passing-${key}`, key);
    expect(cache.get('busy')).toBe(1);
  }
});

test('clear forgets everything', () => {
  const cache = new KeyCache<string, number>(10);
  cache.set('a', 1);
  cache.clear();
  expect(cache.get('a')).toBeUndefined();
  expect(cache.size).toBe(0);
});
