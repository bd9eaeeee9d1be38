import { describe, expect, test } from 'vitest';
import { checkDocument, isMaskedValue, maskAddress, maskIdentifier, normalizePhone } from './identifiers.ts';
import { ageInYears, effectivePriorityGroups } from './present.ts';

describe('identifiers', () => {
  test.each([
    ['11010519491231002X', '110***********002X'],
    ['13812345678', '138****5678'],
    ['E1234567', 'E******7'],
    ['1234', '****'],
  ])('%s is masked as %s', (value, masked) => {
    expect(maskIdentifier(value)).toBe(masked);
    expect(isMaskedValue(maskIdentifier(value))).toBe(true);
  });

  test('an address is masked down to its compound or village', () => {
    expect(maskAddress(['阳光小区', '3号楼', '2单元', '301'])).toBe('阳光小区 ***');
  });

  test('phones are stored in one form', () => {
    expect(normalizePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
  });

  test('documents are normalized and checked by type', () => {
    expect(checkDocument('resident_id', ' 11010519491231002x ')).toMatchObject({ normalized: '11010519491231002X' });
    expect(checkDocument('passport', 'e 1234567')).toEqual({ normalized: 'E1234567', facts: null });
    expect(checkDocument('passport', '12')).toEqual({ problem: 'must be 5 to 20 letters or digits' });
  });
});

describe('priority groups', () => {
  test('age counts whole years, birthdays included', () => {
    expect(ageInYears('1966-11-24', '2026-11-24')).toBe(60);
    expect(ageInYears('1966-11-25', '2026-11-24')).toBe(59);
  });

  test('the birth date adds aged 60+ and infant to the stored flags', () => {
    expect(effectivePriorityGroups(['pregnant'], '1990-01-01', '2026-11-24')).toEqual(['pregnant']);
    expect(effectivePriorityGroups([], '1950-01-01', '2026-11-24')).toEqual(['aged_60_plus']);
    expect(effectivePriorityGroups(['disabled'], '2025-01-01', '2026-11-24')).toEqual(['disabled', 'infant']);
  });
});
