import { Worker } from 'node:worker_threads';
import type { CsvRecord } from '../platform/imports.ts';
import type { ProtectedRow } from './protection.ts';

/**
 * The main thread's handle on the protection worker: batches go out in order and come back in order. The
 * worker registers the TypeScript loader itself (protection-worker-boot.js), like the main process.
 */
export class ProtectionWorker {
  private readonly worker: Worker;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (rows: ProtectedRow[]) => void; reject: (error: Error) => void }>();

  constructor(secretKey: Buffer) {
    this.worker = new Worker(new URL('./protection-worker-boot.js', import.meta.url), { workerData: { secretKey: new Uint8Array(secretKey) } });
    this.worker.on('message', (message: { id: number; rows?: ProtectedRow[]; error?: string }) => {
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.error !== undefined) waiter?.reject(new Error(`protection worker: ${message.error}`));
      else waiter?.resolve(message.rows!);
    });
    this.worker.on('error', (error) => {
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    });
  }

  protect(records: CsvRecord[]): Promise<ProtectedRow[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, records });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
