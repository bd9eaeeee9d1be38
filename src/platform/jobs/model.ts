import { z } from '../validation.ts';
import { importReportSchema } from '../imports.ts';

/** What a background job does; named like the operation it runs. */
export const jobKinds = ['people.import', 'places.import'] as const;
export type JobKind = (typeof jobKinds)[number];

export const jobStates = ['running', 'done', 'failed'] as const;
export type JobState = (typeof jobStates)[number];

export const jobSchema = z
  .object({
    id: z.string(),
    kind: z.enum(jobKinds),
    state: z.enum(jobStates),
    progress: z.object({ received: z.number().int(), inserted: z.number().int(), unchanged: z.number().int(), rejected: z.number().int() }),
    report: importReportSchema.nullable().describe('The import report once done'),
    error: z.string().nullable().describe('Why the job failed'),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });
export type Job = z.infer<typeof jobSchema>;
