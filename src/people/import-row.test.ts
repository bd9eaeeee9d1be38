import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fieldIssues } from '../platform/imports.ts';
import { PERSON_ROW_FIELDS, personRowColumns, rawPersonRow } from './import-row.ts';
import { readPersonRow } from './import-row-schema.ts';
import { documentTypes, personImportRowSchema, priorityGroups, sexes } from './model.ts';

const padded = (values: string[]) =>
  fc.tuple(fc.constantFrom('', ' ', '\t', '\u3000'), fc.constantFrom(...values), fc.constantFrom('', ' ', '\u00a0')).map(([before, value, after]) => before + value + after);
const maybe = (values: string[]) => fc.option(fc.oneof(fc.constantFrom(...values), padded(values)), { nil: undefined });

const row = fc.record({
  name: maybe(['', '居民', 'a'.repeat(100), 'a'.repeat(101), 'x y']),
  document_type: maybe([...documentTypes, '', 'PASSPORT']),
  document_number: maybe(['', '140703199001010012', 'a'.repeat(40), 'a'.repeat(41)]),
  jurisdiction_code: maybe(['', '140703001001', 'x']),
  phone: maybe(['', '13800000000', '+8613800000000', '(010) 1234-5678', '138 0000\t0000', '12345', '123456', '1234567890123456', '++123456', '+', '١٢٣٤٥٦٧', '12_345678']),
  birth_date: maybe(['', '2020-02-29', '2019-02-29', '1990-01-01', '1990-1-1', '1990-13-01', '2000-02-30', '0000-01-01']),
  sex: maybe(['', ...sexes, 'Male', 'x']),
  household_ref: maybe(['', 'h-1']),
  affiliation_ref: maybe(['', 'v-1']),
  affiliation_group: maybe(['', '三年级2班', 'sim-140703-tiny-300-g12', '班'.repeat(60), '班'.repeat(61), 'a'.repeat(59) + ' ']),
  priority_groups: maybe(['', ...priorityGroups, 'infant;pregnant', 'infant | disabled', 'infant;;', ';', 'bogus', 'infant;bogus', 'INFANT']),
});

describe('people CSV rows', () => {
  test('name the fields of the row schema, in its order', () => {
    expect([...PERSON_ROW_FIELDS]).toEqual(Object.keys(personImportRowSchema.shape));
  });

  test('read as the row schema reads them: the same value, or the same problems', () => {
    fc.assert(
      fc.property(row, fc.shuffledSubarray([...PERSON_ROW_FIELDS, 'note']), (values, header) => {
        const record: Record<string, string> = {};
        for (const field of header) if (field in values && values[field as keyof typeof values] !== undefined) record[field] = values[field as keyof typeof values]!;
        const fields = header.map((field) => record[field] ?? '');
        // A field the header lacks is missing; one it has is at least empty.
        for (const field of header) record[field] ??= '';
        const parsed = personImportRowSchema.safeParse(record);
        expect(readPersonRow(rawPersonRow(fields, personRowColumns(header)))).toEqual(parsed.success ? { value: parsed.data } : { issues: fieldIssues(parsed.error) });
      }),
      { numRuns: 5000 },
    );
  });

  test('take the last of repeated columns that the record reaches', () => {
    const columns = personRowColumns(['name', 'document_type', 'document_number', 'name']);
    expect(readPersonRow(rawPersonRow(['甲', 'passport', 'E1234567', '乙'], columns))).toMatchObject({ value: { name: '乙' } });
    expect(readPersonRow(rawPersonRow(['甲', 'passport', 'E1234567'], columns))).toMatchObject({ value: { name: '甲' } });
    expect(readPersonRow(rawPersonRow(['甲', 'passport'], columns))).toEqual({ issues: [{ field: 'document_number', problem: 'is required' }] });
  });
});
