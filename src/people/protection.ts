import { parseCsvChunk, type CsvLayout } from '../platform/csv-chunks.ts';
import { CsvFormatError } from '../platform/csv-scan.ts';
import type { FieldProtector } from '../platform/crypto.ts';
import { newId } from '../platform/ids.ts';
import type { FieldIssue } from '../platform/errors.ts';
import type { RowError } from '../platform/imports.ts';
import { personRowColumns, rawPersonRow, type RawPersonRow } from './import-row.ts';
import type { PersonImportRow } from './model.ts';
import { protectPerson } from './records.ts';

/** What each good row of a protected chunk carries, in this order. */
export const PROTECTED_VALUES = [
  'id',
  'name',
  'document_type',
  'document_number_cipher',
  'document_number_hash',
  'document_number_masked',
  'phone_cipher',
  'phone_hash',
  'phone_masked',
  'birth_date',
  'sex',
  'priority_groups',
  'jurisdiction_code',
  'household_ref',
  'affiliation_ref',
  'affiliation_group',
] as const;

/** Where each value sits within a row of ProtectedChunk.values. */
export const VALUE_AT = Object.fromEntries(PROTECTED_VALUES.map((name, index) => [name, index])) as Record<(typeof PROTECTED_VALUES)[number], number>;

/**
 * A chunk of a people CSV, validated and protected, ready to be placed and stored. Good rows are one flat
 * array of values rather than an object each: they cross between threads, where plain values clone for
 * less, and the insert takes values. Lines count from 1 at the chunk's first line, since only the importer
 * knows where in the file the chunk starts.
 */
export interface ProtectedChunk {
  records: number;
  /** Lines the chunk spans: the next chunk starts this many lines further. */
  lines: number;
  /** The line of each good row. */
  rows: number[];
  /** PROTECTED_VALUES.length values per good row. */
  values: (string | null)[];
  rejected: RowError[];
  /**
   * Rows that the plain reader could not accept, for the schema to judge where it is loaded: each keeps its
   * place in `rows` and `values`, with a null id until then (protectDoubtfulRow).
   */
  doubtful: { index: number; raw: RawPersonRow }[];
  /** The chunk is not valid CSV at this line: the import stops there. */
  formatError?: { problem: string; line: number };
}

const IMPORT_FIELDS = { documentNumber: 'document_number', birthDate: 'birth_date', sex: 'sex' };

/** Protects a valid row and appends its PROTECTED_VALUES to `values`, or returns why its document is refused. */
function appendProtected(protector: FieldProtector, row: PersonImportRow, values: (string | null)[]): FieldIssue[] | undefined {
  const person = protectPerson(
    protector,
    { name: row.name, documentType: row.document_type, documentNumber: row.document_number, phone: row.phone, birthDate: row.birth_date, sex: row.sex, priorityGroups: row.priority_groups },
    IMPORT_FIELDS,
  );
  if ('issues' in person) return person.issues;
  const { columns } = person;
  values.push(
    newId(),
    columns.name,
    columns.document_type,
    columns.document_number_cipher,
    columns.document_number_hash,
    columns.document_number_masked,
    columns.phone_cipher ?? null,
    columns.phone_hash ?? null,
    columns.phone_masked ?? null,
    columns.birth_date ?? null,
    columns.sex,
    columns.priority_groups,
    row.jurisdiction_code ?? null,
    row.household_ref ?? null,
    row.affiliation_ref ?? null,
    row.affiliation_group ?? null,
  );
  return undefined;
}

/**
 * Parses, validates and protects a chunk of people CSV: pure apart from the cipher, so that any thread can
 * run it. Rows that `readPlainRow` does not accept are left doubtful.
 */
export function protectChunk(
  protector: FieldProtector,
  text: string,
  layout: CsvLayout,
  readPlainRow: (raw: RawPersonRow) => PersonImportRow | undefined,
): ProtectedChunk {
  const columns = personRowColumns(layout.columns);
  const chunk: ProtectedChunk = { records: 0, lines: 0, rows: [], values: [], rejected: [], doubtful: [] };
  try {
    chunk.lines = parseCsvChunk(text, layout, (fields, line) => {
      chunk.records++;
      const raw = rawPersonRow(fields, columns);
      const row = readPlainRow(raw);
      if (!row) {
        chunk.doubtful.push({ index: chunk.rows.length, raw });
        chunk.rows.push(line);
        for (let slot = 0; slot < PROTECTED_VALUES.length; slot++) chunk.values.push(null);
        return;
      }
      const issues = appendProtected(protector, row, chunk.values);
      if (issues) for (const issue of issues) chunk.rejected.push({ row: line, field: issue.field, problem: issue.problem });
      else chunk.rows.push(line);
    });
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    return { records: 0, lines: 0, rows: [], values: [], rejected: [], doubtful: [], formatError: { problem: error.problem, line: error.line } };
  }
  return chunk;
}

/**
 * Settles a doubtful row with the schema's verdict: protects it into its place, or returns its problems
 * (its id stays null, so that it is skipped).
 */
export function protectDoubtfulRow(protector: FieldProtector, chunk: ProtectedChunk, index: number, checked: { value: PersonImportRow } | { issues: FieldIssue[] }): FieldIssue[] | undefined {
  if ('issues' in checked) return checked.issues;
  const values: (string | null)[] = [];
  const issues = appendProtected(protector, checked.value, values);
  if (issues) return issues;
  chunk.values.splice(index * PROTECTED_VALUES.length, PROTECTED_VALUES.length, ...values);
  return undefined;
}
