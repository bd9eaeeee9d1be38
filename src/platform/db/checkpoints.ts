import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Copies the write-ahead log back into the database file on a thread of its own. Left to itself, SQLite
 * does so inside the commit that crosses 1,000 pages of log, and a server's single connection then holds
 * every request while the copy writes scattered pages of a large file and waits for the disk: at a
 * hundred million check-ins, a stall of a tenth of a second. A passive checkpoint from a second connection
 * never blocks the writer (https://www.sqlite.org/wal.html#checkpointing).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Sqlite = require(workerData.driver);
const connection = new Sqlite(workerData.file);
connection.pragma('busy_timeout = 1000');
const checkpoint = () => {
  // A checkpoint that finds the file busy is simply tried again at the next tick.
  try {
    connection.pragma('wal_checkpoint(PASSIVE)');
  } catch {}
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  connection.close();
  parentPort.close();
});
`;

/** SQLite's own threshold, restored if the checkpoint thread ever stops, so that the log cannot grow without end. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

export interface BackgroundCheckpoints {
  stop(): Promise<void>;
}

/** Starts checkpoints every `everyMs` on a thread of their own and turns off the ones inside commits. */
export function startBackgroundCheckpoints(sqlite: BetterSqlite3.Database, file: string, everyMs = 500): BackgroundCheckpoints {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, everyMs } });
  worker.unref();
  sqlite.pragma('wal_autocheckpoint = 0');
  let stopping = false;
  let running = true;
  const fallBack = () => {
    if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
  };
  worker.on('error', fallBack);
  worker.on('exit', () => {
    running = false;
    if (!stopping) fallBack();
  });
  return {
    async stop() {
      stopping = true;
      if (!running) return fallBack();
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      // Held until it has finished, or the process could end with the closing still pending.
      worker.ref();
      worker.postMessage('stop');
      await exited;
      fallBack();
    },
  };
}
