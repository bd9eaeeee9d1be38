import { describe, expect, test } from 'vitest';
import { builtInProtocols, findBuiltInProtocol } from './built-in.ts';
import { protocolDocumentSchema, type ProtocolDocument } from './model.ts';
import { cn20Measures } from './versions/cn-20-measures-2022-11.ts';
import { cnNational9th } from './versions/cn-national-9th-2022-06.ts';
import { genericRespiratoryTemplate } from './versions/generic-respiratory-template.ts';

const NINTH = 'cn-national-9th-2022-06';
const TWENTY = 'cn-20-measures-2022-11';
const TEMPLATE = 'generic-respiratory-template';

const documentOf = (id: string): ProtocolDocument => {
  const document = findBuiltInProtocol(id);
  if (!document) throw new Error(`no built-in ${id}`);
  return document;
};

/** Every numeric leaf of a document, with its path. */
function numbersIn(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'number') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => numbersIn(item, [...path, String(index)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => numbersIn(child, [...path, key]));
  return [];
}

describe('the shipped protocol documents', () => {
  test.each([
    [NINTH, cnNational9th],
    [TWENTY, cn20Measures],
    [TEMPLATE, genericRespiratoryTemplate],
  ])('%s parses with the schema and is the one served', (id, data) => {
    const parsed = protocolDocumentSchema.safeParse(data);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(documentOf(id)).toEqual(parsed.data);
  });

  test('they are listed oldest first, and only the national ones may be a default', () => {
    expect(builtInProtocols.map((document) => [document.id, document.effectiveFrom, document.nationalDefault])).toEqual([
      [NINTH, '2022-06-28', true],
      [TWENTY, '2022-11-11', true],
      [TEMPLATE, '2026-11-25', false],
    ]);
  });

  test.each(builtInProtocols.map((document) => [document.id, document] as const))('every number in %s sits beside its source', (_id, document) => {
    const numbers = numbersIn(document);
    expect(numbers.length).toBeGreaterThan(40);
    for (const path of numbers) {
      const owner = path.slice(0, path.lastIndexOf('value'));
      expect(path.includes('value'), path.join('.')).toBe(true);
      const parent = owner.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], document) as { source?: unknown };
      expect(typeof parent.source === 'string' && parent.source.length > 3, path.join('.')).toBe(true);
    }
  });

  test('shared objects are frozen, so that no caller can change the rules for everyone', () => {
    const document = documentOf(TWENTY);
    expect(() => {
      (document.tracing.infectiousLookbackDays as { value: number }).value = 1;
    }).toThrow(TypeError);
    expect(document.tracing.infectiousLookbackDays.value).toBe(4);
  });
});

/*
 * PROTOCOL.md, written out here on its own: category, measure, length in days, NAT days, then the
 * follow-up stage. "count" rows are "N tests within the stage, at least H hours apart".
 */
type Row = [id: string, category: keyof ProtocolDocument['measures'], kind: string, days: number, tests: number[] | { count: number; minHoursApart: number } | null, followUp: [kind: string, days: number, tests: number[]] | null];
const PROTOCOL_TABLE: Row[] = [
  [NINTH, 'closeContact', 'centralized_quarantine', 7, [1, 2, 3, 5, 7], ['health_monitoring', 3, [3]]],
  [NINTH, 'secondaryContact', 'home_quarantine', 7, [1, 4, 7], null],
  [NINTH, 'inboundTraveller', 'centralized_quarantine', 7, [1, 2, 3, 5, 7], ['health_monitoring', 3, [3]]],
  [NINTH, 'highRiskArea', 'centralized_quarantine', 7, [1, 2, 3, 5, 7], null],
  [NINTH, 'mediumRiskArea', 'home_quarantine', 7, [1, 4, 7], null],
  [NINTH, 'lowRiskArea', 'testing_only', 3, { count: 2, minHoursApart: 24 }, null],
  [TWENTY, 'closeContact', 'centralized_quarantine', 5, [1, 2, 3, 5], ['home_quarantine', 3, [1, 3]]],
  [TWENTY, 'secondaryContact', 'none', 0, null, null],
  [TWENTY, 'inboundTraveller', 'centralized_quarantine', 5, [1, 2, 3, 5], ['home_quarantine', 3, [1, 3]]],
  [TWENTY, 'highRiskArea', 'home_quarantine', 7, [1, 3, 5, 7], null],
  [TWENTY, 'mediumRiskArea', 'none', 0, null, null],
];

describe('measures against PROTOCOL.md', () => {
  test.each(PROTOCOL_TABLE)('%s %s: %s for %i days', (id, category, kind, days, tests, followUp) => {
    const measure = documentOf(id).measures[category];
    expect(measure.kind).toBe(kind);
    expect(measure.days.value).toBe(days);
    if (tests === null) expect(measure.tests).toBeUndefined();
    else if (Array.isArray(tests)) expect(measure.tests).toMatchObject({ onDays: { value: tests } });
    else expect(measure.tests).toMatchObject({ count: { value: tests.count }, minHoursApart: { value: tests.minHoursApart } });
    if (followUp === null) expect(measure.followUp).toBeUndefined();
    else expect(measure.followUp).toMatchObject({ kind: followUp[0], days: { value: followUp[1] }, tests: { onDays: { value: followUp[2] } } });
  });

  test('people from high- and medium-risk areas are those who stayed there in the last 7 days', () => {
    expect(documentOf(NINTH).measures.highRiskArea.stayWithinDays?.value).toBe(7);
    expect(documentOf(NINTH).measures.mediumRiskArea.stayWithinDays?.value).toBe(7);
  });
});

describe('tracing, check-ins, risk areas and testing against PROTOCOL.md', () => {
  test.each([
    [NINTH, 4, true],
    [TWENTY, 4, false],
    [TEMPLATE, 2, false],
  ])('%s looks back %i days; secondary contacts traced: %s', (id, lookback, secondary) => {
    const { tracing } = documentOf(id);
    expect(tracing.infectiousLookbackDays.value).toBe(lookback);
    expect(tracing.traceSecondaryContacts.value).toBe(secondary);
    expect([tracing.closeContactByCoPresence.cumulativeMinutes.value, tracing.closeContactByCoPresence.windowHours.value]).toEqual([15, 24]);
    const companion = tracing.spaceTimeCompanion;
    expect([companion.enabled.value, companion.cellMetres.value, companion.minutes.value, companion.cumulativeHours.value, companion.days.value]).toEqual([false, 800, 10, 30, 14]);
  });

  test.each([
    [NINTH, 37.3],
    [TWENTY, 37.3],
    [TEMPLATE, 38],
  ])('%s keeps check-ins 28 days and counts %s °C as fever', (id, fever) => {
    expect(documentOf(id).checkins.retentionDays.value).toBe(28);
    expect(documentOf(id).checkins.feverThresholdCelsius.value).toBe(fever);
  });

  test('9th edition: three levels; high goes to medium after 7 clean days and a negative round, medium to low likewise, a former high area after 3 more days', () => {
    const areas = documentOf(NINTH).riskAreas;
    expect(areas.levels.value).toEqual(['high', 'medium', 'low']);
    expect(areas.delimitationUnits.value).toEqual(['compound', 'village']);
    const rules = areas.downgrades.map((rule) => [rule.from, rule.to, rule.daysWithoutNewInfection.value, rule.testingRoundRequired.value, rule.formerHighAreaDays?.value ?? null]);
    expect(rules).toEqual([
      ['high', 'medium', 7, true, null],
      ['medium', 'low', 7, true, 3],
    ]);
  });

  test('20 measures: high and low only, drawn by unit or building, released after 5 clean days', () => {
    const areas = documentOf(TWENTY).riskAreas;
    expect(areas.levels.value).toEqual(['high', 'low']);
    expect(areas.delimitationUnits.value).toEqual(['unit', 'building']);
    expect(areas.downgrades.map((rule) => [rule.from, rule.to, rule.daysWithoutNewInfection.value])).toEqual([['high', 'low', 5]]);
  });

  test('mass testing: single tubes in high areas, 5-in-1 in medium, 10-in-1 in low, 20-in-1 validated; daily rounds, 3 clean, then one more after 3 days', () => {
    for (const id of [NINTH, TWENTY]) {
      const testing = documentOf(id).massTesting;
      expect(testing.poolSizeByAreaLevel.high?.value).toBe(1);
      expect(testing.poolSizeByAreaLevel.low?.value).toBe(10);
      expect([testing.keyPeoplePoolSize.value, testing.largestValidatedPool.value]).toEqual([1, 20]);
      expect([testing.affectedArea.intervalDays.value, testing.affectedArea.cleanRoundsToStop.value, testing.affectedArea.confirmationRoundAfterDays?.value]).toEqual([1, 3, 3]);
      expect([testing.adjacentArea.intervalDays.value, testing.adjacentArea.cleanRoundsToStop.value, testing.adjacentArea.confirmationRoundAfterDays]).toEqual([1, 3, undefined]);
    }
    expect(documentOf(NINTH).massTesting.poolSizeByAreaLevel.medium?.value).toBe(5);
    expect(documentOf(TWENTY).massTesting.poolSizeByAreaLevel.medium).toBeUndefined();
    expect(documentOf(NINTH).massTesting.onlyWhereChainUnclear.value).toBe(false);
    expect(documentOf(TWENTY).massTesting.onlyWhereChainUnclear.value).toBe(true);
  });

  test.each(builtInProtocols.map((document) => [document.id] as const))('%s carries the nine prohibitions in both languages', (id) => {
    const { rules } = documentOf(id).guardrails;
    expect(rules).toHaveLength(9);
    expect(rules[0]).toMatchObject({ zh: expect.stringContaining('不准随意将限制出行的范围'), en: 'Do not extend travel restrictions from medium/high-risk areas to other areas.' });
    expect(rules[8]!.en).toBe('Do not close places in low-risk areas that keep normal production and life going.');
  });
});
