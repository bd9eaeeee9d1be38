import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { composeResidentId, parseResidentId, residentIdCheckCharacter } from './resident-id.ts';

describe('GB 11643 resident ID', () => {
  // The first is the example printed in GB 11643-1999; the others were worked by hand with its formula
  // (sum of digit × 2^(17-i) mod 11, then the table 1 0 X 9 8 7 6 5 4 3 2).
  test.each([
    ['11010519491231002', 'X'],
    ['44052419800101001', '3'],
    ['14070319900307123', '4'],
  ])('the check character of %s is %s', (first17, expected) => {
    expect(residentIdCheckCharacter(first17)).toBe(expected);
  });

  test('a valid number gives its region, birth date and sex', () => {
    expect(parseResidentId('11010519491231002X')).toEqual({ facts: { regionCode: '110105', birthDate: '1949-12-31', sex: 'female' } });
    expect(parseResidentId('440524198001010013')).toEqual({ facts: { regionCode: '440524', birthDate: '1980-01-01', sex: 'male' } });
  });

  test.each([
    ['11010519491231002Y', 'must be 17 digits followed by a digit or X'],
    ['110105194912310021', 'has a wrong check digit'],
    ['110105194902300021', 'contains an impossible birth date'],
    ['110105491231002', 'is a first-generation 15-digit number; give the 18-character number'],
    ['', 'must be 17 digits followed by a digit or X'],
  ])('%s is refused: %s', (number, problem) => {
    expect(parseResidentId(number)).toEqual({ problem });
  });

  test('a lower-case x is accepted as X', () => {
    expect('facts' in parseResidentId('11010519491231002x')).toBe(true);
  });

  test('changing any one digit of a valid number is always detected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const valid = composeResidentId('140703', '1985-06-15', 123);
        const digit = (Number(valid[position]) + delta) % 10;
        const changed = valid.slice(0, position) + digit + valid.slice(position + 1);
        const parsed = parseResidentId(changed);
        // Either the check digit or the date rule catches it: MOD 11-2 detects every single-digit error.
        expect('problem' in parsed).toBe(true);
      }),
    );
  });
});
