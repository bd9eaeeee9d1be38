import { describe, expect, test } from 'vitest';
import { cn20Measures } from '../protocol/versions/cn-20-measures-2022-11.ts';
import { cnNational9th } from '../protocol/versions/cn-national-9th-2022-06.ts';
import { protocolDocumentSchema } from '../protocol/model.ts';
import { planMeasure } from './measure-plan.ts';

const ninth = protocolDocumentSchema.parse(cnNational9th);
const twenty = protocolDocumentSchema.parse(cn20Measures);

describe('a contact’s measure, counted from the last exposure', () => {
  test('9th edition, close contact: 7 days centralized, tests on days 1, 2, 3, 5, 7, then 3 days of monitoring with a test on day 3', () => {
    expect(planMeasure(ninth.measures.closeContact, '2026-11-20')).toEqual([
      { kind: 'centralized_quarantine', from: '2026-11-21', to: '2026-11-27', testDays: ['2026-11-21', '2026-11-22', '2026-11-23', '2026-11-25', '2026-11-27'] },
      { kind: 'health_monitoring', from: '2026-11-28', to: '2026-11-30', testDays: ['2026-11-30'] },
    ]);
  });

  test('the 20 measures set no measure for secondary contacts', () => {
    expect(planMeasure(twenty.measures.secondaryContact, '2026-11-20')).toBeNull();
  });
});
