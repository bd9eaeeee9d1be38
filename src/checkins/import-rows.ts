import type { Readable } from 'node:stream';
import { CsvChunkReader, parseCsvChunk } from '../platform/csv-chunks.ts';
import { CsvFormatError } from '../platform/csv-scan.ts';

/** The columns a check-in file is read by (the simulator's header); `id` and any other column are ignored. */
const ROW_FIELDS = ['person_document', 'venue_ref', 'entered_at', 'exited_at', 'temperature'] as const;
type RowField = (typeof ROW_FIELDS)[number];

/** One record of a check-in file by its row number (the header is row 1); fields trimmed, missing ones empty. */
export interface CheckinCsvRow {
  row: number;
  personDocument: string;
  venueRef: string;
  enteredAt: string;
  exitedAt: string;
  temperature: string;
}

/**
 * The records of a check-in file in batches of about `size`, read with the chunked reader of the people
 * import: csv-parse with line numbers costs more than all the rest of a row's work. A column named twice
 * is read from its last occurrence, as csv-parse does; an invalid file fails with the line at fault.
 */
export async function* readCheckinRows(input: Readable, size: number): AsyncGenerator<CheckinCsvRow[]> {
  const reader = new CsvChunkReader(input);
  const header = await reader.readHeader();
  if (!header) return;
  const at = Object.fromEntries(ROW_FIELDS.map((field) => [field, header.layout.columns.lastIndexOf(field)])) as Record<RowField, number>;
  let nextLine = 1 + header.lines;
  for (let text = await reader.nextChunk(size); text !== null; text = await reader.nextChunk(size)) {
    const firstLine = nextLine;
    const batch: CheckinCsvRow[] = [];
    try {
      nextLine += parseCsvChunk(text, header.layout, (fields, line) => {
        // A column the header lacks is at -1, which no record has: read as empty.
        batch.push({
          row: firstLine + line - 1,
          personDocument: fields[at.person_document] ?? '',
          venueRef: fields[at.venue_ref] ?? '',
          enteredAt: fields[at.entered_at] ?? '',
          exitedAt: fields[at.exited_at] ?? '',
          temperature: fields[at.temperature] ?? '',
        });
      });
    } catch (error) {
      if (error instanceof CsvFormatError) throw new CsvFormatError(error.problem, firstLine + error.line - 1);
      throw error;
    }
    yield batch;
  }
}

/** Epoch seconds of an ISO 8601 instant with its zone; null when empty. */
export function instantOf(text: string): number | null | 'invalid' {
  if (!text) return null;
  const millis = Date.parse(text);
  // A time without a zone would be read in the server's zone: refused, as the API refuses it.
  return Number.isNaN(millis) || !/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? 'invalid' : Math.floor(millis / 1000);
}
