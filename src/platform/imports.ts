import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { z } from './validation.ts';
import type { FieldIssue } from './errors.ts';

/** One rejected row of an import: its number in the file (header is row 1), the field and the reason. */
export interface RowError {
  row: number;
  field: string;
  problem: string;
}

/** What an import did. Good rows are kept even when others are rejected. */
export interface ImportReport {
  received: number;
  inserted: number;
  /** Rows already present with the same key: a re-run of the same file lands here. */
  unchanged: number;
  rejected: RowError[];
}

export const importReportSchema = z
  .object({
    received: z.number().int(),
    inserted: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.array(z.object({ row: z.number().int(), field: z.string(), problem: z.string() })),
  })
  .meta({ id: 'ImportReport' });

export function emptyReport(): ImportReport {
  return { received: 0, inserted: 0, unchanged: 0, rejected: [] };
}

export interface CsvRecord {
  /** The line-based row number, counting the header as row 1. */
  row: number;
  values: Record<string, string>;
}

/** Streams the records of a CSV file with a header line; a UTF-8 byte-order mark is ignored. */
export async function* readCsvRecords(input: Readable): AsyncGenerator<CsvRecord> {
  const parser = input.pipe(
    parse({ columns: (header: string[]) => header.map((name) => name.trim()), bom: true, skip_empty_lines: true, trim: true, relax_column_count: true, info: true }),
  );
  for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield { row: item.info.lines, values: item.record };
  }
}

/** Turns zod issues into field issues named by their path. */
export function fieldIssues(error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: prefix + (issue.path.length > 0 ? issue.path.map(String).join('.') : '(row)'),
    problem: issue.message,
  }));
}

/** Validates one CSV record against a row schema, returning the value or its row errors. */
export function validateRow<T>(schema: z.ZodType<T>, record: CsvRecord): { value: T } | { errors: RowError[] } {
  const parsed = schema.safeParse(record.values);
  if (parsed.success) return { value: parsed.data };
  return { errors: fieldIssues(parsed.error).map((issue) => ({ row: record.row, ...issue })) };
}
