import { describe, expect, test } from 'vitest';
import { newId } from './ids.ts';

describe('identifiers', () => {
  test('are RFC 9562 version 7 UUIDs with the RFC variant', () => {
    for (let index = 0; index < 1000; index++) expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('carry the creation time in their first 48 bits', () => {
    const before = Date.now();
    const id = newId();
    const millisecond = parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(millisecond).toBeGreaterThanOrEqual(before);
    expect(millisecond).toBeLessThanOrEqual(Date.now() + 1);
  });

  test('sort in creation order and never repeat, even many in one millisecond', () => {
    const ids = Array.from({ length: 200_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
