import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { CsvFormatError, scanCsv } from './csv-scan.ts';

/** What every chunk of a file needs to be parsed apart: the header's names and the record delimiter. */
export interface CsvLayout {
  columns: string[];
  recordDelimiter: string;
}

/** Parses one chunk; returns the lines it spans, so that the next chunk's line numbers can follow on. */
export function parseCsvChunk(text: string, layout: CsvLayout, onRecord: (fields: string[], line: number) => void): number {
  return scanCsv(text, 0, { recordDelimiter: layout.recordDelimiter, final: true, onRecord }).lines;
}

/**
 * Reads a CSV stream as text cut at record boundaries: first the header, then chunks of about the number
 * of records asked for, each of which parses apart (parseCsvChunk) exactly as the whole file would in one
 * go. A UTF-8 or UTF-16LE byte-order mark is dropped, as csv-parse does with `bom`. Finding the boundaries
 * costs a search for line breaks, and a scan of the quotes only where there are quotes.
 */
export class CsvChunkReader {
  private readonly pieces: AsyncIterator<unknown>;
  private decoder: TextDecoder | undefined;
  private firstBytes: Buffer | undefined = Buffer.alloc(0);
  private text = '';
  private ended = false;
  private delimiter = '\n';
  private counted = { position: 0, found: 0 };

  constructor(input: Readable) {
    this.pieces = input[Symbol.asyncIterator]();
  }

  /** Whether everything has been handed out. */
  get done(): boolean {
    return this.ended && this.text.length === 0;
  }

  /**
   * The header: its names (trimmed, as our imports ask csv-parse to), the record delimiter, and the lines it
   * takes with any empty lines before it. Null for a file without a single record.
   */
  async readHeader(): Promise<{ layout: CsvLayout; lines: number } | null> {
    for (;;) {
      let columns: string[] = [];
      const scan = scanCsv(this.text, 0, { final: this.ended, maxRecords: 1, onRecord: (fields) => (columns = fields) });
      if (scan.records === 1) {
        this.text = this.text.slice(scan.end);
        this.delimiter = scan.recordDelimiter ?? '\n';
        return { layout: { columns: columns.map((name) => name.trim()), recordDelimiter: this.delimiter }, lines: scan.lines };
      }
      if (this.ended) {
        this.text = '';
        return null;
      }
      await this.readMore();
    }
  }

  /** The next chunk of about `records` records (fewer at the end), or null when the file is read. */
  async nextChunk(records: number): Promise<string | null> {
    for (;;) {
      const cut = this.findCut(records);
      if (cut !== -1) {
        const chunk = this.text.slice(0, cut);
        this.text = this.text.slice(cut);
        this.counted = { position: 0, found: 0 };
        return chunk.length > 0 ? chunk : null;
      }
      await this.readMore();
    }
  }

  /** Where `records` records end in the buffered text, or -1 when more text is needed first. */
  private findCut(records: number): number {
    const { text, delimiter } = this;
    // Counting resumes where it stopped: the text only grows until a chunk is cut off.
    let { position, found } = this.counted;
    while (found < records) {
      const next = text.indexOf(delimiter, position);
      if (next === -1) break;
      position = next + delimiter.length;
      found++;
    }
    this.counted = { position, found };
    if (found < records) return this.ended ? text.length : -1;
    // Without a quote before it, each record delimiter ends a record.
    if (text.lastIndexOf('"', position - 1) === -1) return position;
    try {
      const scan = scanCsv(text, 0, { recordDelimiter: delimiter, final: this.ended, maxRecords: records });
      if (scan.records === records) return scan.end;
      return this.ended ? text.length : -1;
    } catch (error) {
      // Invalid CSV: hand the text on as it is, and the parse of the chunk reports the error with its line.
      if (error instanceof CsvFormatError) return text.length;
      throw error;
    }
  }

  private async readMore(): Promise<void> {
    const next = await this.pieces.next();
    if (next.done) {
      if (this.firstBytes) this.decodeFirst(true);
      this.text += this.decoder?.decode() ?? '';
      this.ended = true;
      return;
    }
    const piece = next.value;
    if (typeof piece === 'string') {
      this.text += this.text.length === 0 && this.firstBytes ? piece.replace(/^\uFEFF/, '') : piece;
      this.firstBytes = undefined;
    } else if (this.firstBytes) {
      this.firstBytes = Buffer.concat([this.firstBytes, piece as Buffer]);
      this.decodeFirst(false);
    } else {
      this.text += this.decoder!.decode(piece as Buffer, { stream: true });
    }
  }

  /** Picks the encoding by the byte-order mark once there are enough bytes to see it; the decoder drops the mark. */
  private decodeFirst(end: boolean): void {
    const bytes = this.firstBytes!;
    if (bytes.length < 3 && !end) return;
    this.decoder = new TextDecoder(bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : 'utf-8');
    this.firstBytes = undefined;
    this.text += this.decoder.decode(bytes, { stream: !end });
  }
}
