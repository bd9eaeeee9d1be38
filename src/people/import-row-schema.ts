import type { FieldIssue } from '../platform/errors.ts';
import { fieldIssues } from '../platform/imports.ts';
import { z } from '../platform/validation.ts';
import { createPlainRowReader, PERSON_ROW_FIELDS, type RawPersonRow, type RowVocabulary } from './import-row.ts';
import { documentTypes, personImportRowSchema, priorityGroups, sexes, type PersonImportRow } from './model.ts';

/** The vocabulary of personImportRowSchema, for the plain reader here and in the protection worker. */
export const rowVocabulary: RowVocabulary = { documentTypes, sexes, priorityGroups, datePattern: z.regexes.date.source };

const readPlainRow = createPlainRowReader(rowVocabulary);

/** Validates one row of a people CSV: its value, or its problems by field in personImportRowSchema's words. */
export function readPersonRow(raw: RawPersonRow): { value: PersonImportRow } | { issues: FieldIssue[] } {
  const value = readPlainRow(raw);
  if (value) return { value };
  const record: Record<string, string> = {};
  PERSON_ROW_FIELDS.forEach((field, index) => {
    if (raw[index] !== undefined) record[field] = raw[index];
  });
  const parsed = personImportRowSchema.safeParse(record);
  return parsed.success ? { value: parsed.data } : { issues: fieldIssues(parsed.error) };
}
