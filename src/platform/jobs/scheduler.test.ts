import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { scheduleRecurring, type JobLog } from './scheduler.ts';

const DAY = 86_400_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function recordingLog(): JobLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (fields, message) => lines.push(`${message} ${String(fields.job)}`), error: (fields, message) => lines.push(`${message} ${String(fields.job)}`) };
}

test('a daily job runs once a day, and a failure is logged and retried the next day', async () => {
  const log = recordingLog();
  let runs = 0;
  const stop = scheduleRecurring([{ name: 'purge', everyMs: DAY, run: async () => { runs++; if (runs === 2) throw new Error('disk full'); } }], log);
  await vi.advanceTimersByTimeAsync(DAY - 1);
  expect(runs).toBe(0);
  await vi.advanceTimersByTimeAsync(1);
  expect(runs).toBe(1);
  await vi.advanceTimersByTimeAsync(2 * DAY);
  expect(runs).toBe(3);
  expect(log.lines).toEqual(['job done purge', 'job failed purge', 'job done purge']);
  stop();
  await vi.advanceTimersByTimeAsync(5 * DAY);
  expect(runs).toBe(3);
});

test('a run that outlasts the interval is not overlapped by the next', async () => {
  let running = 0;
  let most = 0;
  const stop = scheduleRecurring(
    [{ name: 'slow', everyMs: 1000, run: async () => { running++; most = Math.max(most, running); await new Promise((resolve) => setTimeout(resolve, 5000)); running--; } }],
    recordingLog(),
  );
  await vi.advanceTimersByTimeAsync(30_000);
  stop();
  expect(most).toBe(1);
});
