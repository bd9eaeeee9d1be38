import { describe, expect, test } from 'vitest';
import { protocolDocumentSchema } from './model.ts';
import { cn20Measures } from './versions/cn-20-measures-2022-11.ts';
import { cnNational9th } from './versions/cn-national-9th-2022-06.ts';

/** A change to a document: a value set at a dotted path, or the element there removed. */
type Edit = { set: string; to: unknown } | { remove: string };

/** A deep copy of the 9th edition with one edit made. */
function ninthWith(edit: Edit): unknown {
  const copy = structuredClone(cnNational9th) as unknown;
  const keys = ('set' in edit ? edit.set : edit.remove).split('.');
  const owner = keys.slice(0, -1).reduce((node, key) => (node as Record<string, unknown>)[key], copy) as Record<string, unknown>;
  const last = keys.at(-1)!;
  if ('set' in edit) owner[last] = edit.to;
  else if (Array.isArray(owner)) owner.splice(Number(last), 1);
  else delete owner[last];
  return copy;
}

/** The issues of a parse, as field path and message. */
function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = protocolDocumentSchema.safeParse(input);
  return (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('a number without its source does not parse', () => {
  test.each([
    ['a bare number', { set: 'checkins.retentionDays', to: 28 }, 'checkins.retentionDays'],
    ['an empty source', { set: 'tracing.infectiousLookbackDays.source', to: ' ' }, 'tracing.infectiousLookbackDays.source'],
    ['a missing source', { remove: 'riskAreas.downgrades.0.daysWithoutNewInfection.source' }, 'riskAreas.downgrades.0.daysWithoutNewInfection.source'],
    ['bare test days', { set: 'measures.closeContact.tests.onDays', to: [1, 2, 3] }, 'measures.closeContact.tests'],
    ['a bare pool size', { set: 'massTesting.poolSizeByAreaLevel.low', to: 10 }, 'massTesting.poolSizeByAreaLevel.low'],
    ['a number slipped in beside the value', { set: 'checkins.feverThresholdCelsius.upper', to: 38 }, 'checkins.feverThresholdCelsius'],
  ])('%s', (_name, edit, path) => {
    const issues = issuesOf(ninthWith(edit));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((issue) => issue.path)).toContain(path);
  });
});

describe('rules that contradict each other are refused, naming where', () => {
  test.each([
    ['medium-risk measures without medium areas', { set: 'riskAreas.levels.value', to: ['high', 'low'] }, 'measures.mediumRiskArea.kind'],
    ['a secondary-contact measure while they are not traced', { set: 'tracing.traceSecondaryContacts.value', to: false }, 'measures.secondaryContact.kind'],
    ['effective before published', { set: 'effectiveFrom', to: '2022-06-01' }, 'effectiveFrom'],
    ['a level without a way down', { remove: 'riskAreas.downgrades.1' }, 'riskAreas.downgrades'],
    ['a downgrade that goes up', { set: 'riskAreas.downgrades.0.to', to: 'high' }, 'riskAreas.downgrades.0.to'],
    ['a test after the stage ends', { set: 'measures.closeContact.tests.onDays.value', to: [1, 8] }, 'measures.closeContact.tests.onDays'],
    ['test days out of order', { set: 'measures.secondaryContact.tests.onDays.value', to: [4, 1] }, 'measures.secondaryContact.tests.onDays'],
    ['a measure of kind none that lasts', { set: 'measures.secondaryContact.kind', to: 'none' }, 'measures.secondaryContact.days'],
    ['a pool larger than validated', { set: 'massTesting.poolSizeByAreaLevel.low.value', to: 30 }, 'massTesting.poolSizeByAreaLevel.low'],
    ['a level in use without a pool size', { remove: 'massTesting.poolSizeByAreaLevel.medium' }, 'massTesting.poolSizeByAreaLevel.medium'],
    ['a fever threshold outside the plausible range', { set: 'checkins.feverThresholdCelsius.value', to: 43.5 }, 'checkins.feverThresholdCelsius'],
    ['a guardrail id twice', { set: 'guardrails.rules.1.id', to: 'no-travel-limits-beyond-risk-areas' }, 'guardrails.rules.1.id'],
    ['an area category without its stay window', { remove: 'measures.highRiskArea.stayWithinDays' }, 'measures.highRiskArea.stayWithinDays'],
    ['companion hours longer than their days', { set: 'tracing.spaceTimeCompanion.cumulativeHours.value', to: 400 }, 'tracing.spaceTimeCompanion.cumulativeHours'],
  ])('%s', (_name, edit, path) => {
    expect(issuesOf(ninthWith(edit)).map((issue) => issue.path)).toContain(path);
  });

  test('a well-formed document has no issues, and unknown fields are refused', () => {
    expect(issuesOf(cn20Measures)).toEqual([]);
    expect(issuesOf(ninthWith({ set: 'tracing.lookback', to: { value: 4, source: 'somewhere' } }))).toEqual([{ path: 'tracing', message: 'is not a field that can be set here: lookback' }]);
  });
});
