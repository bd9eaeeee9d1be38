import { describe, expect, test } from 'vitest';
import { addDays } from '../platform/time.ts';
import { derivedGroupBirthBounds, derivedPriorityGroups, effectivePriorityGroups } from './present.ts';

describe('priority groups implied by age', () => {
  test('60 and over, and infants under 3', () => {
    expect([0, 2, 3, 59, 60, 90].map(derivedPriorityGroups)).toEqual([['infant'], ['infant'], [], [], ['aged_60_plus'], ['aged_60_plus']]);
  });

  test('the birth date bounds a query uses agree with the age of every birth date, leap days included', () => {
    for (const today of ['2026-11-24', '2028-02-29', '2027-02-28', '2027-03-01', '2026-01-01']) {
      const elderly = derivedGroupBirthBounds('aged_60_plus', today).bornOnOrBefore!;
      const infant = derivedGroupBirthBounds('infant', today).bornAfter!;
      for (const anchor of [elderly, infant]) {
        for (let offset = -3; offset <= 3; offset++) {
          const birthDate = addDays(anchor.replace('-02-29', '-02-28'), offset);
          const groups = effectivePriorityGroups([], birthDate, today);
          expect(groups.includes('aged_60_plus'), `${birthDate} on ${today}`).toBe(birthDate <= elderly);
          expect(groups.includes('infant'), `${birthDate} on ${today}`).toBe(birthDate > infant);
        }
      }
    }
    expect(derivedGroupBirthBounds('pregnant', '2026-11-24')).toEqual({});
  });
});
