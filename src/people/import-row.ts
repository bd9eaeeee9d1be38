import type { PersonImportRow } from './model.ts';

/**
 * Reading the rows of a people CSV without zod: the protection worker loads this, and loading zod would
 * add a tenth of a second to its start. The schema (personImportRowSchema) still has the last word: a row
 * that is not plainly valid here goes to readPersonRow (import-row-schema.ts) on the main thread.
 */

/** The fields of a people row, in the order of personImportRowSchema (a test holds them equal). */
export const PERSON_ROW_FIELDS = [
  'name',
  'document_type',
  'document_number',
  'jurisdiction_code',
  'phone',
  'birth_date',
  'sex',
  'household_ref',
  'affiliation_ref',
  'affiliation_group',
  'priority_groups',
] as const satisfies readonly (keyof PersonImportRow)[];

/** A record's value for each field of PERSON_ROW_FIELDS, undefined for a field it lacks. */
export type RawPersonRow = (string | undefined)[];

/** For each field, the columns of that name, last first: as in csv-parse's records, the last one given wins. */
export type PersonRowColumns = number[][];

/** The closed lists of the row schema, and its date pattern, as plain data that can be sent to a worker. */
export interface RowVocabulary {
  documentTypes: readonly string[];
  sexes: readonly string[];
  priorityGroups: readonly string[];
  datePattern: string;
}

export function personRowColumns(header: string[]): PersonRowColumns {
  return PERSON_ROW_FIELDS.map((field) => header.flatMap((name, index) => (name === field ? [index] : [])).reverse());
}

export function rawPersonRow(fields: string[], columns: PersonRowColumns): RawPersonRow {
  return columns.map((candidates) => {
    for (const column of candidates) if (column < fields.length) return fields[column];
    return undefined;
  });
}

const PHONE = /^\+?\d{6,15}$/;

function optional(value: string | undefined): string | undefined {
  return value === undefined ? undefined : value.trim() || undefined;
}

/**
 * The schema's value for a row that is plainly valid, or undefined for any other row. The schema costs a
 * few microseconds a row, which a large import notices; this costs a fraction of that.
 */
export function createPlainRowReader(vocabulary: RowVocabulary): (raw: RawPersonRow) => PersonImportRow | undefined {
  const documentTypes = new Set(vocabulary.documentTypes);
  const sexes = new Set(vocabulary.sexes);
  const priorityGroups = new Set(vocabulary.priorityGroups);
  const date = new RegExp(vocabulary.datePattern);
  return (raw) => {
    const [name, documentType, documentNumber, jurisdictionCode, phone, birthDate, sex, householdRef, affiliationRef, affiliationGroup, groups] = raw;
    if (name === undefined || documentType === undefined || documentNumber === undefined) return undefined;
    const trimmedName = name.trim();
    if (trimmedName.length === 0 || trimmedName.length > 100 || !documentTypes.has(documentType)) return undefined;
    const number = documentNumber.trim();
    if (number.length === 0 || number.length > 40) return undefined;
    const compactPhone = optional(phone)?.replace(/[\s()-]/g, '');
    if (compactPhone !== undefined && !PHONE.test(compactPhone)) return undefined;
    const birth = optional(birthDate);
    if (birth !== undefined && !date.test(birth)) return undefined;
    const sexValue = optional(sex);
    if (sexValue !== undefined && !sexes.has(sexValue)) return undefined;
    const group = optional(affiliationGroup);
    if (group !== undefined && group.length > 60) return undefined;
    const groupText = groups?.trim();
    const groupList = groupText ? groupText.split(/[;|]/).map((group) => group.trim()).filter(Boolean) : [];
    if (!groupList.every((group) => priorityGroups.has(group))) return undefined;
    return {
      name: trimmedName,
      document_type: documentType as PersonImportRow['document_type'],
      document_number: number,
      jurisdiction_code: optional(jurisdictionCode),
      phone: compactPhone,
      birth_date: birth,
      sex: sexValue as PersonImportRow['sex'],
      household_ref: optional(householdRef),
      affiliation_ref: optional(affiliationRef),
      affiliation_group: group,
      priority_groups: groupList as PersonImportRow['priority_groups'],
    };
  };
}
