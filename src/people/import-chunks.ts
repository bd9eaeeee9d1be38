import type { Readable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import { CsvChunkReader } from '../platform/csv-chunks.ts';
import { CsvFormatError } from '../platform/csv-scan.ts';
import type { FieldProtector } from '../platform/crypto.ts';
import { createPlainRowReader } from './import-row.ts';
import { rowVocabulary } from './import-row-schema.ts';
import { protectChunk, type ProtectedChunk } from './protection.ts';
import { ProtectionWorker } from './protection-pool.ts';

/**
 * Chunks protected on this thread while the worker starts (a tenth to a fifth of a second): the first of
 * them is a whole small file, which then needs no worker.
 */
const LOCAL_CHUNK_RECORDS = 1000;
/** At most this many records protected on this thread wait to be written. */
const LOCAL_RECORDS = 4000;
/**
 * Chunks for the worker: small, since the values of a chunk live until it is sent, and the worker then
 * spends less on collecting garbage (about a fifth less than with chunks of 2,000); big enough that a
 * message costs next to nothing.
 */
const WORKER_CHUNK_RECORDS = 500;
/** Chunks the worker has in hand: more than this thread writes in one batch, so that the worker never runs dry. */
const WORKER_AHEAD = 20;
/** At most this many records wait protected or being protected: the memory an import takes, whatever the file. */
const PENDING_RECORDS = 24_000;
/**
 * Records written in one transaction with one audit record, at most. Each commit writes every page the batch
 * changed, and the indexes on keyed hashes are changed all over; a transaction keeps other requests from the
 * embedded database while it writes, about a sixth of a second for this many.
 */
const BATCH_RECORDS = 8000;

const readPlainRow = createPlainRowReader(rowVocabulary);

/** A protected chunk and the line of the file it starts on. */
export interface PlacedChunk {
  chunk: ProtectedChunk;
  firstLine: number;
}

/** A chunk on its way to be written: protected here, or still or already by the worker. */
interface PendingChunk {
  local: boolean;
  result?: ProtectedChunk;
  failure?: Error;
  settled: Promise<unknown>;
}

/** The chunks read and not yet written, in file order. */
class PendingChunks {
  private readonly chunks: PendingChunk[] = [];

  add(chunk: PendingChunk): void {
    this.chunks.push(chunk);
  }

  /** The first chunk that is not protected yet, if any; throws a failure of the worker met before it. */
  firstComing(): PendingChunk | undefined {
    for (const chunk of this.chunks) {
      if (chunk.failure) throw chunk.failure;
      if (!chunk.result) return chunk;
    }
    return undefined;
  }

  /** Records protected on this thread that wait to be written. */
  local(): number {
    return this.chunks.reduce((sum, chunk) => sum + (chunk.local ? chunk.result!.records : 0), 0);
  }

  /** Chunks with the worker. */
  coming(): number {
    return this.chunks.filter((chunk) => !chunk.result).length;
  }

  /** Records at the head that can be written now. */
  ready(): number {
    let records = 0;
    for (const chunk of this.chunks) {
      if (!chunk.result || chunk.result.formatError) break;
      records += chunk.result.records;
    }
    return records;
  }

  /** Records waiting, counting a chunk still with the worker as full. */
  records(): number {
    return this.chunks.reduce((sum, chunk) => sum + (chunk.result ? chunk.result.records : WORKER_CHUNK_RECORDS), 0);
  }

  /** Ready chunks from the head, about `records` of them; none past a chunk that is not valid CSV. */
  take(records: number): ProtectedChunk[] {
    const taken: ProtectedChunk[] = [];
    for (let count = 0; count < records && this.chunks[0]?.result && !this.chunks[0].result.formatError; ) {
      const { result } = this.chunks.shift()!;
      taken.push(result!);
      count += result!.records;
    }
    return taken;
  }

  /** The format error of the head chunk, which is thrown once everything before it is written. */
  headFormatError(): { problem: string; line: number } | undefined {
    return this.chunks[0]?.result?.formatError;
  }
}

/**
 * The chunks of a people CSV, parsed, validated and protected, in file order and grouped into batches for
 * the caller to write, which it does on this thread between two batches.
 *
 * A worker thread protects chunks ahead while this thread writes, so that both cores work: protecting a
 * record takes about as long as writing it. This thread protects the first chunk itself, so that a small
 * file needs no worker, and more while the worker starts. After that it only writes: protecting chunks when
 * it would otherwise wait for the worker measured no faster, as it protects more slowly than the worker.
 */
export async function* protectedBatches(input: Readable, protector: FieldProtector, secretKey: Buffer): AsyncGenerator<PlacedChunk[]> {
  const reader = new CsvChunkReader(input);
  const header = await reader.readHeader();
  if (!header) return;
  const { layout } = header;
  const first = await reader.nextChunk(LOCAL_CHUNK_RECORDS);
  if (first === null) return;
  const worker = reader.done ? undefined : new ProtectionWorker(secretKey, rowVocabulary);
  const pending = new PendingChunks();
  pending.add({ local: true, result: protectChunk(protector, first, layout, readPlainRow), settled: Promise.resolve() });
  let readAll = !worker;
  let nextLine = 1 + header.lines;
  try {
    for (;;) {
      if (worker?.failure) throw worker.failure;
      const formatError = pending.headFormatError();
      if (formatError) throw new CsvFormatError(formatError.problem, nextLine + formatError.line - 1);
      while (worker?.started && !readAll && pending.coming() < WORKER_AHEAD && pending.records() < PENDING_RECORDS) {
        const text = await reader.nextChunk(WORKER_CHUNK_RECORDS);
        if (text === null) {
          readAll = true;
          break;
        }
        const chunk: PendingChunk = { local: false, settled: Promise.resolve() };
        // Settles in any case: a failure is thrown in turn, not reported as unhandled meanwhile.
        chunk.settled = worker.protect(text, layout).then(
          (result) => (chunk.result = result),
          (error: Error) => (chunk.failure = error),
        );
        pending.add(chunk);
      }
      // Batches are written at least half full, since each commit writes every page its rows changed; but
      // while the worker starts and once the whole file is read, what is ready is written at once, so that
      // writing starts early and little is left when the worker is done.
      const ready = pending.ready();
      const starting = worker !== undefined && !worker.started;
      const canProtect = starting && !readAll && pending.local() < LOCAL_RECORDS;
      const coming = pending.firstComing();
      if (ready >= BATCH_RECORDS / 2 || (ready > 0 && (starting || readAll || !coming))) {
        const batch: PlacedChunk[] = [];
        for (const chunk of pending.take(BATCH_RECORDS)) {
          batch.push({ chunk, firstLine: nextLine });
          nextLine += chunk.lines;
        }
        yield batch;
        // Lets other requests in between batches, and the worker's answers: SQLite answers without a turn
        // of the event loop.
        await setImmediate();
        continue;
      }
      if (canProtect) {
        const text = await reader.nextChunk(LOCAL_CHUNK_RECORDS);
        if (text === null) readAll = true;
        else pending.add({ local: true, result: protectChunk(protector, text, layout, readPlainRow), settled: Promise.resolve() });
        await setImmediate();
        continue;
      }
      if (starting && !readAll) await worker.starting;
      else if (coming) await coming.settled;
      else return;
    }
  } finally {
    await worker?.close();
  }
}
