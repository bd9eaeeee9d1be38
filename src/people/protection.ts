import type { FieldProtector } from '../platform/crypto.ts';
import { validateRow, type CsvRecord, type RowError } from '../platform/imports.ts';
import { personImportRowSchema } from './model.ts';
import { protectPerson, type ProtectedPerson } from './records.ts';

/** One CSV row of people after validation and protection, ready to be placed and stored. */
export type ProtectedRow =
  | { row: number; errors: RowError[] }
  | {
      row: number;
      columns: ProtectedPerson;
      key: string;
      jurisdictionCode: string | undefined;
      householdRef: string | undefined;
      affiliationRef: string | undefined;
    };

const IMPORT_FIELDS = { documentNumber: 'document_number', birthDate: 'birth_date', sex: 'sex' };

/** Validates and protects a batch of people rows: pure apart from the cipher, so it can run on another thread. */
export function protectRows(protector: FieldProtector, records: CsvRecord[]): ProtectedRow[] {
  return records.map((record): ProtectedRow => {
    const checked = validateRow(personImportRowSchema, record);
    if ('errors' in checked) return { row: record.row, errors: checked.errors };
    const value = checked.value;
    const protectedPerson = protectPerson(
      protector,
      { name: value.name, documentType: value.document_type, documentNumber: value.document_number, phone: value.phone, birthDate: value.birth_date, sex: value.sex, priorityGroups: value.priority_groups },
      IMPORT_FIELDS,
    );
    if ('issues' in protectedPerson) return { row: record.row, errors: protectedPerson.issues.map((issue) => ({ row: record.row, ...issue })) };
    return {
      row: record.row,
      columns: protectedPerson.columns,
      key: `${protectedPerson.key.type}:${protectedPerson.key.hash}`,
      jurisdictionCode: value.jurisdiction_code,
      householdRef: value.household_ref,
      affiliationRef: value.affiliation_ref,
    };
  });
}
