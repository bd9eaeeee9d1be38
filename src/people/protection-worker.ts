// A worker thread that parses, validates and encrypts chunks of people CSV while the main thread writes.
import { parentPort, workerData } from 'node:worker_threads';
import type { CsvLayout } from '../platform/csv-chunks.ts';
import { createFieldProtector } from '../platform/crypto.ts';
import { createPlainRowReader, type RowVocabulary } from './import-row.ts';
import { protectChunk } from './protection.ts';

const protector = createFieldProtector(Buffer.from(workerData.secretKey as Uint8Array));
const readPlainRow = createPlainRowReader(workerData.vocabulary as RowVocabulary);

parentPort!.on('message', (message: { id: number; text: string; layout: CsvLayout }) => {
  try {
    parentPort!.postMessage({ id: message.id, chunk: protectChunk(protector, message.text, message.layout, readPlainRow) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).message });
  }
});
// The importer protects chunks itself until the worker is up.
parentPort!.postMessage({ started: true });
