import type { Measure, MeasureKind } from '../protocol/model.ts';
import { addDays } from '../platform/time.ts';

/** One stage of a measure with its dates (inclusive) and the days a test is due. */
export interface PlannedStage {
  kind: MeasureKind;
  from: string;
  to: string;
  testDays: string[];
}

/** The test days of a stage: its listed days, or a count spread at least the given hours apart from day 1. */
function testDaysOf(stage: Pick<Measure, 'tests'>, from: string): string[] {
  const tests = stage.tests;
  if (!tests) return [];
  if ('onDays' in tests) return tests.onDays.value.map((day) => addDays(from, day - 1));
  const gapDays = Math.max(1, Math.ceil(tests.minHoursApart.value / 24));
  return Array.from({ length: tests.count.value }, (_, index) => addDays(from, index * gapDays));
}

/**
 * The stages of a measure for a contact whose last exposure fell on a local date. Periods are counted from
 * the last exposure (9th edition, 密切接触者管理: 自最后一次暴露起): day 1 is the day after it, and each
 * follow-up stage starts the day after the stage before ends. Null when the protocol sets no measure.
 */
export function planMeasure(measure: Measure, lastExposureDate: string): PlannedStage[] | null {
  if (measure.kind === 'none' || measure.days.value === 0) return null;
  const stages: PlannedStage[] = [];
  let from = addDays(lastExposureDate, 1);
  for (const stage of [measure, measure.followUp]) {
    if (!stage || stage.kind === 'none' || stage.days.value === 0) continue;
    const to = addDays(from, stage.days.value - 1);
    stages.push({ kind: stage.kind, from, to, testDays: testDaysOf(stage, from) });
    from = addDays(to, 1);
  }
  return stages;
}
