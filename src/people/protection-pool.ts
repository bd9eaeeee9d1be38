import { Worker } from 'node:worker_threads';
import type { CsvLayout } from '../platform/csv-chunks.ts';
import type { RowVocabulary } from './import-row.ts';
import type { ProtectedChunk } from './protection.ts';

type WorkerMessage = { started: true } | { id: number; chunk?: ProtectedChunk; error?: string };

/**
 * The main thread's handle on the protection worker: chunks go out in order and come back in order. The
 * worker registers the TypeScript loader itself (protection-worker-boot.js) and loads its modules, which
 * takes a tenth of a second or more: `started` says when it is up, so that the importer need not wait.
 */
export class ProtectionWorker {
  private readonly worker: Worker;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (chunk: ProtectedChunk) => void; reject: (error: Error) => void }>();
  /** Whether the worker has loaded and takes chunks at once. */
  started = false;
  /** Settles when the worker has started, or has failed to. */
  readonly starting: Promise<void>;
  /** Why the worker stopped, if it did: it takes no more work. */
  failure: Error | undefined;
  private settleStart!: () => void;

  constructor(secretKey: Buffer, vocabulary: RowVocabulary) {
    this.starting = new Promise((resolve) => (this.settleStart = resolve));
    this.worker = new Worker(new URL('./protection-worker-boot.js', import.meta.url), { workerData: { secretKey: new Uint8Array(secretKey), vocabulary } });
    this.worker.on('message', (message: WorkerMessage) => {
      if ('started' in message) {
        this.started = true;
        this.settleStart();
        return;
      }
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.error !== undefined) waiter?.reject(new Error(`protection worker: ${message.error}`));
      else waiter?.resolve(message.chunk!);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`protection worker: stopped with exit code ${code}`)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.settleStart();
    for (const waiter of this.waiting.values()) waiter.reject(this.failure);
    this.waiting.clear();
  }

  protect(text: string, layout: CsvLayout): Promise<ProtectedChunk> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, text, layout });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
