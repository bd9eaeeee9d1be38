import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CsvChunkReader, parseCsvChunk } from './csv-chunks.ts';
import { readCsvRecords, type CsvRecord } from './imports.ts';

/** What csv-parse gives for a file, the way imports read it, or the fact that it refuses the file. */
async function withCsvParse(pieces: (string | Buffer)[]): Promise<CsvRecord[] | 'invalid'> {
  const records: CsvRecord[] = [];
  try {
    for await (const record of readCsvRecords(Readable.from(pieces))) records.push(record);
  } catch {
    return 'invalid';
  }
  return records;
}

/** The same file cut into chunks of the given sizes, each parsed apart, with rows numbered on from chunk to chunk. */
async function withChunks(pieces: (string | Buffer)[], sizes: number[]): Promise<CsvRecord[] | 'invalid'> {
  const records: CsvRecord[] = [];
  try {
    const reader = new CsvChunkReader(Readable.from(pieces));
    const header = await reader.readHeader();
    if (!header) return records;
    const { columns } = header.layout;
    let firstLine = 1 + header.lines;
    for (let index = 0; ; index++) {
      const chunk = await reader.nextChunk(sizes[index % sizes.length]!);
      if (chunk === null) break;
      firstLine += parseCsvChunk(chunk, header.layout, (fields, line) => {
        const values: Record<string, string> = {};
        fields.forEach((value, column) => {
          if (columns[column] !== undefined) Object.defineProperty(values, columns[column], { value, enumerable: true, writable: true, configurable: true });
        });
        records.push({ row: firstLine + line - 1, values });
      });
    }
  } catch {
    return 'invalid';
  }
  return records;
}

const tokens = ['a', 'name', '居民', ' ', '\t', '\u3000', '\u00a0', '\ufeff', ',', ',', ',', '"', '"', '""', '\n', '\n', '\r\n', '\r', '\0', 'x y'];
const csvText = fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((parts) => parts.join(''));

/** Cuts text into stream pieces, as strings or as UTF-8 bytes cut anywhere, even inside a character. */
function piecesOf(text: string, cuts: number[], asBytes: boolean): (string | Buffer)[] {
  const whole = asBytes ? Buffer.from(text) : text;
  const points = [...new Set(cuts.map((cut) => cut % (whole.length + 1)))].sort((a, b) => a - b);
  const pieces: (string | Buffer)[] = [];
  let start = 0;
  for (const point of [...points, whole.length]) {
    if (point > start) pieces.push(whole.slice(start, point));
    start = Math.max(start, point);
  }
  return pieces;
}

describe('CSV chunks', () => {
  test('give the records and row numbers of csv-parse, however the file is cut, or refuse what it refuses', async () => {
    await fc.assert(
      fc.asyncProperty(
        csvText,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
        async (text, cuts, asBytes, sizes) => {
          const pieces = piecesOf(text, cuts, asBytes);
          expect(await withChunks(pieces, sizes)).toEqual(await withCsvParse(pieces));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('keep row numbers across quoted line breaks, CR LF and a byte-order mark, in UTF-8 or UTF-16', async () => {
    const text = '\ufeffname, note\r\n\r\nA,"two\r\nlines"\r\n  B , "say ""hi"""\r\nC\r\n';
    const expected = await withCsvParse([text]);
    // csv-parse counts CR and LF apart inside quotes, so that A ends on line 5.
    expect(expected).toEqual([
      { row: 5, values: { name: 'A', note: 'two\r\nlines' } },
      { row: 6, values: { name: 'B', note: 'say "hi"' } },
      { row: 7, values: { name: 'C' } },
    ]);
    expect(await withChunks([text], [1])).toEqual(expected);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(1), 'utf16le')]);
    // csv-parse reads UTF-16 byte by byte and garbles what is not ASCII; the decoded text reads as UTF-8 does.
    expect(await withChunks([utf16.subarray(0, 1), utf16.subarray(1, 7), utf16.subarray(7)], [2])).toEqual(expected);
  });

  test('report a stray quote rather than read on to the end of the file', async () => {
    const rows = Array.from({ length: 1000 }, (_, index) => `row${index},x`);
    rows[10] = 'ab"c,x';
    expect(await withChunks(['name,value\n' + rows.join('\n')], [100])).toBe('invalid');
  });
});
