import { Readable } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import { requirePermission } from '../auth/access.ts';
import type { Actor } from '../auth/actor.ts';
import type { Platform } from '../context.ts';
import { BulwarkError, notFound } from '../errors.ts';
import type { ImportReport } from '../imports.ts';
import type { Job, JobKind } from './model.ts';

/** An import that reads CSV from a stream and reports its progress as it goes. */
export type ImportRun = (input: Readable, onProgress: (report: ImportReport) => void) => Promise<ImportReport>;

/**
 * Starts an import in the background and answers its job at once. The permission is checked first, so a
 * role that may not import is refused now rather than in a failed job. The body is read whole before the
 * answer, since an HTTP request body that is still unread when the response ends is discarded.
 */
export async function startImportJob(platform: Platform, actor: Actor, kind: JobKind, input: Readable, log: FastifyBaseLogger, run: ImportRun): Promise<Job> {
  await requirePermission(platform, actor, kind, kind);
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer));
  const job = platform.jobs.start(kind, actor.accountId);
  run(Readable.from([Buffer.concat(chunks)]), (report) => platform.jobs.progress(job.id, report)).then(
    (report) => platform.jobs.finish(job.id, report),
    (error: unknown) => {
      if (error instanceof BulwarkError) return platform.jobs.fail(job.id, error.message);
      // Like any request failure: logged without data, reported without internals.
      log.error({ err: { type: (error as Error).name, message: (error as Error).message }, job: job.id }, 'job failed');
      platform.jobs.fail(job.id, 'the job failed; it has been logged');
    },
  );
  return job;
}

/** One of the actor's own jobs; another account's job answers exactly like a missing one. */
export async function getJob(platform: Platform, actor: Actor, id: string): Promise<Job> {
  await requirePermission(platform, actor, 'jobs.read', 'jobs.get');
  const job = platform.jobs.find(id, actor.accountId);
  if (!job) throw notFound('job');
  return job;
}
