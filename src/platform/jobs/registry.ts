import type { ImportReport } from '../imports.ts';
import { newId } from '../ids.ts';
import type { Clock } from '../time.ts';
import type { Job, JobKind } from './model.ts';

/** Finished jobs kept for their owners to read; the oldest are forgotten first. */
const KEPT_FINISHED = 1000;

interface Entry {
  job: Job;
  ownerAccountId: string | null;
}

/**
 * Background jobs, in memory: an import is idempotent, so a job lost in a restart is simply run again.
 * Each job is visible to the account that started it only.
 */
export class JobRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: Clock) {}

  /** Registers a running job owned by an account. */
  start(kind: JobKind, ownerAccountId: string | null): Job {
    const job: Job = {
      id: newId(),
      kind,
      state: 'running',
      progress: { received: 0, inserted: 0, unchanged: 0, rejected: 0 },
      report: null,
      error: null,
      startedAt: this.clock.now().toISOString(),
      finishedAt: null,
    };
    this.entries.set(job.id, { job, ownerAccountId });
    return structuredClone(job);
  }

  /** Records how far an import has got. */
  progress(id: string, report: ImportReport): void {
    const entry = this.entries.get(id);
    if (entry) entry.job.progress = { received: report.received, inserted: report.inserted, unchanged: report.unchanged, rejected: report.rejected.length };
  }

  /** Marks a job done with its report. */
  finish(id: string, report: ImportReport): void {
    this.progress(id, report);
    this.end(id, { state: 'done', report });
  }

  /** Marks a job failed with a reason fit to show its owner. */
  fail(id: string, error: string): void {
    this.end(id, { state: 'failed', error });
  }

  /** The job if this account started it; anyone else's is as good as missing. */
  find(id: string, accountId: string | null): Job | undefined {
    const entry = this.entries.get(id);
    return entry && accountId !== null && entry.ownerAccountId === accountId ? structuredClone(entry.job) : undefined;
  }

  private end(id: string, outcome: Partial<Job>): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    Object.assign(entry.job, outcome, { finishedAt: this.clock.now().toISOString() });
    this.forgetOldFinished();
  }

  private forgetOldFinished(): void {
    const finished = [...this.entries.values()].filter((entry) => entry.job.state !== 'running');
    // Map order is insertion order, so the first finished entries are the oldest.
    for (const entry of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED))) this.entries.delete(entry.job.id);
  }
}
