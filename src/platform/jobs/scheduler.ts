/** What a recurring job reports to, without personal data. */
export interface JobLog {
  info(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface RecurringJob {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

/**
 * Runs jobs of the server's own (the daily retention purge) every so often, in this process. A run never
 * overlaps the previous one of the same job, a failure is logged and retried at the next turn, and the
 * timers never keep the process alive. Returns a function that stops every job.
 */
export function scheduleRecurring(jobs: RecurringJob[], log: JobLog): () => void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let stopped = false;
  const plan = (job: RecurringJob) => {
    if (stopped) return;
    const timer = setTimeout(async () => {
      const started = Date.now();
      try {
        const outcome = await job.run();
        log.info({ job: job.name, millis: Date.now() - started, outcome }, 'job done');
      } catch (error) {
        log.error({ job: job.name, err: { type: (error as Error).name, message: (error as Error).message } }, 'job failed');
      }
      plan(job);
    }, job.everyMs);
    timer.unref();
    timers.set(job.name, timer);
  };
  for (const job of jobs) plan(job);
  return () => {
    stopped = true;
    for (const timer of timers.values()) clearTimeout(timer);
  };
}
