import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../platform/time.ts';
import { resolveProtocol, type AssignmentCandidate, type DefaultCandidate } from './resolve.ts';

const day = (offset: number) => addDays('2026-01-01', offset);
const instant = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 60_000).toISOString();

describe('resolving the protocol in force, by example', () => {
  const defaults: DefaultCandidate[] = [
    { id: 'ninth', effectiveFrom: '2022-06-28', nationalDefault: true },
    { id: 'twenty', effectiveFrom: '2022-11-11', nationalDefault: true },
    { id: 'template', effectiveFrom: '2022-01-01', nationalDefault: false },
  ];
  const assignment = (id: string, jurisdictionCode: string, protocolId: string, effectiveFrom: string, createdAt = '2026-01-01T00:00:00.000Z'): AssignmentCandidate => ({ id, jurisdictionCode, protocolId, effectiveFrom, createdAt });
  const lineage = ['village', 'township', 'county', 'CN'];

  test.each([
    ['without assignments, the newest national default in force', [], '2026-11-24', 'twenty'],
    ['before the newer default took effect, the older one', [], '2022-08-01', 'ninth'],
    ['a template is never a default', [], '2022-03-01', null],
    ['the county’s assignment reaches the village', [assignment('a', 'county', 'template', '2026-12-01')], '2026-12-01', 'template'],
    ['not before its effective date', [assignment('a', 'county', 'template', '2026-12-01')], '2026-11-30', 'twenty'],
    ['the village’s own wins over the county’s', [assignment('a', 'county', 'template', '2026-12-01'), assignment('b', 'village', 'ninth', '2026-12-05')], '2026-12-06', 'ninth'],
    ['the nearer one wins even when older', [assignment('a', 'county', 'template', '2026-12-10'), assignment('b', 'township', 'ninth', '2026-12-01')], '2026-12-11', 'ninth'],
    ['a sibling’s assignment is ignored', [assignment('a', 'other-village', 'template', '2026-12-01')], '2026-12-02', 'twenty'],
    ['of two on the same day, the one made later', [assignment('b', 'county', 'ninth', '2026-12-01', '2026-11-02T00:00:00.000Z'), assignment('a', 'county', 'template', '2026-12-01', '2026-11-01T00:00:00.000Z')], '2026-12-01', 'ninth'],
  ] as const)('%s', (_name, assignments, date, expected) => {
    expect(resolveProtocol(lineage, assignments, defaults, date)?.protocolId ?? null).toBe(expected);
  });
});

interface World {
  lineage: string[];
  assignments: AssignmentCandidate[];
  defaults: DefaultCandidate[];
  date: string;
}

/** Codes of the lineage (l0 the jurisdiction itself, l1 its parent...) and elsewhere in the tree (e*). */
const world: fc.Arbitrary<World> = fc
  .record({
    depth: fc.integer({ min: 1, max: 5 }),
    assignments: fc.array(
      fc.record({ onLineage: fc.boolean(), level: fc.nat(6), protocol: fc.constantFrom('p1', 'p2', 'p3', 'p4'), effective: fc.integer({ min: 0, max: 40 }), created: fc.nat(500) }),
      { maxLength: 14 },
    ),
    defaults: fc.array(fc.record({ effective: fc.integer({ min: 0, max: 40 }), nationalDefault: fc.boolean() }), { maxLength: 4 }),
    date: fc.integer({ min: 0, max: 40 }),
  })
  .map(({ depth, assignments, defaults, date }) => {
    const lineage = Array.from({ length: depth }, (_, level) => `l${level}`);
    return {
      lineage,
      assignments: assignments.map((item, index) => ({
        id: `a${String(index).padStart(3, '0')}`,
        jurisdictionCode: item.onLineage ? lineage[item.level % depth]! : `e${item.level}`,
        protocolId: item.protocol,
        effectiveFrom: day(item.effective),
        createdAt: instant(item.created),
      })),
      defaults: defaults.map((item, index) => ({ id: `d${index}`, effectiveFrom: day(item.effective), nationalDefault: item.nationalDefault })),
      date: day(date),
    };
  });

const applicable = (w: World, code: string) => w.assignments.filter((item) => item.jurisdictionCode === code && item.effectiveFrom <= w.date);

describe('resolving the protocol in force, as properties', () => {
  test('the nearest jurisdiction of the lineage with an assignment in force wins; without one, no assignment applies', () => {
    fc.assert(
      fc.property(world, (w) => {
        const resolved = resolveProtocol(w.lineage, w.assignments, w.defaults, w.date);
        const nearest = w.lineage.find((code) => applicable(w, code).length > 0);
        if (nearest === undefined) expect(resolved?.basis).not.toBe('assignment');
        else expect(resolved?.assignment?.jurisdictionCode).toBe(nearest);
      }),
    );
  });

  test('at that jurisdiction the latest effective date wins, and no applicable assignment is later', () => {
    fc.assert(
      fc.property(world, (w) => {
        const chosen = resolveProtocol(w.lineage, w.assignments, w.defaults, w.date)?.assignment;
        if (!chosen) return;
        const rivals = applicable(w, chosen.jurisdictionCode);
        expect(chosen.effectiveFrom).toBe(rivals.map((item) => item.effectiveFrom).sort().at(-1));
        for (const rival of rivals.filter((item) => item.effectiveFrom === chosen.effectiveFrom)) expect(`${chosen.createdAt}${chosen.id}` >= `${rival.createdAt}${rival.id}`).toBe(true);
      }),
    );
  });

  test('future assignments do not apply yet: adding them anywhere changes nothing', () => {
    const future = fc.array(fc.record({ level: fc.nat(6), protocol: fc.constantFrom('p1', 'p9'), ahead: fc.integer({ min: 1, max: 30 }) }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(world, future, (w, extra) => {
        const added = extra.map((item, index) => ({ id: `f${index}`, jurisdictionCode: w.lineage[item.level % w.lineage.length]!, protocolId: item.protocol, effectiveFrom: addDays(w.date, item.ahead), createdAt: instant(999) }));
        const before = resolveProtocol(w.lineage, w.assignments, w.defaults, w.date);
        expect(resolveProtocol(w.lineage, [...w.assignments, ...added], w.defaults, w.date)).toEqual(before);
        if (before?.assignment) expect(before.assignment.effectiveFrom <= w.date).toBe(true);
      }),
    );
  });

  test('assignments outside the lineage never matter', () => {
    fc.assert(
      fc.property(world, (w) => {
        const onLineage = w.assignments.filter((item) => w.lineage.includes(item.jurisdictionCode));
        expect(resolveProtocol(w.lineage, w.assignments, w.defaults, w.date)).toEqual(resolveProtocol(w.lineage, onLineage, w.defaults, w.date));
      }),
    );
  });

  test('without an assignment in force, the newest national default effective on the date, or nothing', () => {
    fc.assert(
      fc.property(world, (w) => {
        const resolved = resolveProtocol(w.lineage, [], w.defaults, w.date);
        const eligible = w.defaults.filter((item) => item.nationalDefault && item.effectiveFrom <= w.date);
        if (eligible.length === 0) expect(resolved).toBeNull();
        else {
          expect(resolved?.basis).toBe('national_default');
          expect(w.defaults.find((item) => item.id === resolved?.protocolId)?.effectiveFrom).toBe(eligible.map((item) => item.effectiveFrom).sort().at(-1));
        }
      }),
    );
  });
});
