/**
 * A CSV reader that gives exactly what csv-parse gives with the options of our imports (comma, double
 * quotes doubled to escape, the record delimiter of the first line break, fields trimmed, empty lines
 * skipped, any number of fields per record), down to its line numbers, which are the row numbers that
 * import reports name. Unlike csv-parse it reads text and can start at any record boundary, so that a file
 * can be cut into chunks that other threads parse apart (csv-chunks.ts). The quirks below are csv-parse's;
 * csv-chunks.test.ts compares the two on random files.
 */

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** A file that is not valid CSV; the line is counted from the start of the text that was scanned. */
export class CsvFormatError extends Error {
  constructor(
    readonly problem: string,
    readonly line: number,
  ) {
    super(`${problem} at line ${line}`);
  }
}

/** What csv-parse trims around fields: the whitespace and line terminators of String.prototype.trim. */
function isTrimmable(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export interface CsvScanOptions {
  /** '\r\n', '\n' or '\r'; found at the first line break outside quotes when not given, as csv-parse does. */
  recordDelimiter?: string | undefined;
  /** Whether the text ends the file: then a last record without a line break counts and an open quote is an error. */
  final: boolean;
  /** Stop after this many records. */
  maxRecords?: number;
  /** Receives each record and its line, counting the first line of the scanned text as 1. */
  onRecord?: (fields: string[], line: number) => void;
}

export interface CsvScan {
  /** Just past the last complete record or skipped empty line: where the next scan can start. */
  end: number;
  records: number;
  /** Lines from the start up to `end`, counted as csv-parse counts them. */
  lines: number;
  recordDelimiter: string | undefined;
}

/** The record delimiter that starts at a line break, or undefined when there is none at that position. */
function delimiterAt(text: string, position: number): string | undefined {
  const code = text.charCodeAt(position);
  if (code === LF) return '\n';
  if (code === CR) return text.charCodeAt(position + 1) === LF ? '\r\n' : '\r';
  return undefined;
}

/**
 * Reads records from `start`. Unless the text is final, the last character is left for the next scan,
 * because csv-parse looks one character ahead (a doubled quote, CR LF, what follows a closing quote).
 * Throws CsvFormatError where csv-parse would throw.
 */
export function scanCsv(text: string, start: number, options: CsvScanOptions): CsvScan {
  const { final, onRecord } = options;
  const maxRecords = options.maxRecords ?? Infinity;
  const limit = final ? text.length : text.length - 1;
  let delimiter = options.recordDelimiter;
  let delimiterCode = delimiter?.charCodeAt(0) ?? -1;
  let delimiterIsCrLf = delimiter === '\r\n';

  let line = 1;
  // csv-parse counts a line break when it reads the character after it.
  let lineBreakPending = false;
  let records = 0;
  let end = start;
  let endLine = 1;

  let record: string[] = [];
  let quoting = false;
  let wasQuoting = false;
  let escaping = false;
  // The field read so far: finished pieces, and the piece being read (from pieceStart, or -1 for none).
  let pieces = '';
  let pieceStart = -1;
  let fieldHasText = false;

  const endField = (position: number) => {
    let value = pieceStart === -1 ? pieces : pieces + text.slice(pieceStart, position);
    if (!wasQuoting) value = value.trimEnd();
    record.push(value);
    pieces = '';
    pieceStart = -1;
    fieldHasText = false;
    wasQuoting = false;
  };
  const endPiece = (position: number) => {
    if (pieceStart !== -1) {
      pieces += text.slice(pieceStart, position);
      pieceStart = -1;
    }
  };
  const isDelimiterAt = (position: number) =>
    delimiterIsCrLf ? text.charCodeAt(position) === CR && text.charCodeAt(position + 1) === LF : text.charCodeAt(position) === delimiterCode;

  let position = start;
  for (; position < limit && records < maxRecords; position++) {
    if (lineBreakPending) {
      line++;
      lineBreakPending = false;
    }
    const code = text.charCodeAt(position);
    if (delimiter === undefined && !quoting) {
      delimiter = delimiterAt(text, position);
      if (delimiter !== undefined) {
        delimiterCode = delimiter.charCodeAt(0);
        delimiterIsCrLf = delimiter === '\r\n';
      }
    }
    if (code === CR || code === LF) lineBreakPending = true;
    if (escaping) {
      // The second quote of a doubled pair: an ordinary character, appended below.
      escaping = false;
    } else {
      if (code === QUOTE) {
        if (quoting) {
          if (position + 1 < text.length && text.charCodeAt(position + 1) === QUOTE) {
            endPiece(position);
            escaping = true;
            continue;
          }
          const next = text.charCodeAt(position + 1);
          // csv-parse closes on a missing or NUL character too (it tests the byte for truth).
          const closes =
            !(next > 0) ||
            next === COMMA ||
            isTrimmable(next) ||
            (delimiter === undefined ? delimiterAt(text, position + 1) !== undefined : isDelimiterAt(position + 1));
          if (!closes) throw new CsvFormatError(`Invalid Closing Quote: got "${String.fromCharCode(next)}" instead of delimiter, record delimiter or trimmable character`, line);
          endPiece(position);
          quoting = false;
          wasQuoting = true;
          continue;
        }
        if (fieldHasText) throw new CsvFormatError(`Invalid Opening Quote: a quote is found on field ${record.length}`, line);
        quoting = true;
        continue;
      }
      if (!quoting) {
        if (delimiter !== undefined && isDelimiterAt(position)) {
          const skip = delimiter.length - 1;
          if (!wasQuoting && record.length === 0 && !fieldHasText) {
            // An empty line.
            position += skip;
            end = position + 1;
            endLine = line + 1;
            continue;
          }
          endField(position);
          records++;
          onRecord?.(record, line);
          record = [];
          position += skip;
          end = position + 1;
          endLine = line + 1;
          continue;
        }
        if (code === COMMA) {
          endField(position);
          continue;
        }
      }
    }
    if (wasQuoting) {
      // After a closing quote only trimmable characters may follow, and they are dropped. csv-parse reads
      // bytes: after a field with text, it takes the second byte of a multi-byte space for something else.
      if (!isTrimmable(code) || (code >= 0x80 && (quoting || fieldHasText))) throw new CsvFormatError('Invalid Closing Quote: found non trimable byte after quote', line);
      continue;
    }
    if (quoting || fieldHasText || !isTrimmable(code)) {
      if (pieceStart === -1) pieceStart = position;
      fieldHasText = true;
    }
  }
  if (final && position >= limit && records < maxRecords) {
    if (quoting) throw new CsvFormatError('Quote Not Closed: the parsing is finished with an opening quote', line);
    if (wasQuoting || record.length > 0 || fieldHasText) {
      endField(position);
      records++;
      onRecord?.(record, line);
    }
    end = text.length;
    endLine = lineBreakPending ? line + 1 : line;
  }
  return { end, records, lines: endLine - 1, recordDelimiter: delimiter };
}
