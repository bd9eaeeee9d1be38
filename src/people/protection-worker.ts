// A worker thread that validates and encrypts people rows while the main thread writes the previous batch.
import { parentPort, workerData } from 'node:worker_threads';
import { createFieldProtector } from '../platform/crypto.ts';
import type { CsvRecord } from '../platform/imports.ts';
import { protectRows } from './protection.ts';

const protector = createFieldProtector(Buffer.from(workerData.secretKey as Uint8Array));

parentPort!.on('message', (message: { id: number; records: CsvRecord[] }) => {
  try {
    parentPort!.postMessage({ id: message.id, rows: protectRows(protector, message.records) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).message });
  }
});
