import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findCoPresence, peakCoveredSeconds, unionOfSpans } from './co-presence.ts';
import type { TimedStay } from './stays.ts';

/** The covered time in a window, counted second by second: slow and obviously right. */
function bruteForcePeak(spans: [number, number][], windowSeconds: number): number {
  const covered = new Set<number>();
  for (const [start, end] of spans) for (let second = start; second < end; second++) covered.add(second);
  const seconds = [...covered].sort((a, b) => a - b);
  let peak = 0;
  for (let first = 0, last = 0; last < seconds.length; last++) {
    while (seconds[last]! - seconds[first]! >= windowSeconds) first++;
    peak = Math.max(peak, last - first + 1);
  }
  return peak;
}

const stay = (person: number, venue: number, enteredAt: number, end: number): TimedStay => ({ person, venue, enteredAt, exitedAt: end, nextEnteredAt: null, end, endSource: 'recorded' });

describe('peak covered time within a window', () => {
  test.each([
    { spans: [[0, 600], [1000, 1600]] as [number, number][], window: 3600, peak: 1200 },
    { spans: [[0, 600], [1000, 1600]] as [number, number][], window: 1000, peak: 600 },
    { spans: [[0, 600], [1000, 1600]] as [number, number][], window: 1200, peak: 800 },
    { spans: [[0, 600], [300, 900]] as [number, number][], window: 3600, peak: 900 },
    { spans: [], window: 3600, peak: 0 },
  ])('$spans within $window s covers at most $peak s', ({ spans, window, peak }) => {
    expect(peakCoveredSeconds(spans, window)).toBe(peak);
  });

  test('agrees with counting second by second', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 120 })).map(([start, length]) => [start, start + length] as [number, number]);
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), fc.integer({ min: 1, max: 300 }), (spans, window) => {
        expect(peakCoveredSeconds(spans, window)).toBe(bruteForcePeak(spans, window));
      }),
    );
  });

  test('overlapping spans are counted once', () => {
    expect(unionOfSpans([[5, 10], [0, 6], [20, 30], [30, 31]])).toEqual([[0, 10], [20, 31]]);
  });
});

describe('co-presence', () => {
  const window = { from: 0, until: 100_000 };

  test('a stay that shares time with the case at the same venue is an exposure of that length', () => {
    const found = findCoPresence([stay(1, 7, 1000, 4600)], [stay(2, 7, 4000, 9000), stay(3, 7, 4600, 5000), stay(4, 8, 1000, 4600)], window);
    expect([...found.keys()]).toEqual([2]);
    expect(found.get(2)!.map((exposure) => [exposure.from, exposure.to])).toEqual([[4000, 4600]]);
  });

  test('time outside the infectious window does not count', () => {
    const found = findCoPresence([stay(1, 7, 1000, 4600)], [stay(2, 7, 0, 9000)], { from: 3000, until: 4000 });
    expect(found.get(2)!.map((exposure) => [exposure.from, exposure.to])).toEqual([[3000, 4000]]);
  });

  test('the case never counts as its own contact', () => {
    expect(findCoPresence([stay(1, 7, 1000, 4600)], [stay(1, 7, 1000, 4600)], window).size).toBe(0);
  });
});
