import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/index.ts';
import type { ImportReport, Job } from '../../api/models.ts';
import { uploadCsv } from '../../api/upload.ts';
import { estimateCsvRows } from './count-rows.ts';

export type ImportKind = 'people' | 'places';

/** Where an import stands, from the first byte sent to the report. */
export type ImportStage =
  | { stage: 'idle' }
  | { stage: 'uploading'; loaded: number; total: number | null; rows: number }
  | { stage: 'processing'; jobId: string; rows: number }
  | { stage: 'finished'; report: ImportReport; rows: number }
  | { stage: 'failed'; message: string };

/** How often a running job is asked about. */
const POLL_MS = 500;

/**
 * Uploads a CSV asking the server to work in the background (Prefer: respond-async), then polls the job
 * until it is done. A server that answers at once (200 with the report) is handled too.
 */
export function useImport() {
  const [stage, setStage] = useState<ImportStage>({ stage: 'idle' });
  const jobId = stage.stage === 'processing' ? stage.jobId : null;
  const job = useQuery({
    queryKey: ['job', jobId],
    queryFn: () => unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id: jobId! } } })),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data?.state === 'running' || !query.state.data ? POLL_MS : false),
    gcTime: 0,
  });

  useEffect(() => {
    if (stage.stage !== 'processing') return;
    if (job.data && job.data.state !== 'running') settle(job.data, stage.rows, setStage);
    else if (job.error) setStage({ stage: 'failed', message: job.error.message });
  }, [stage, job.data, job.error]);

  async function start(kind: ImportKind, file: File): Promise<void> {
    const rows = await estimateCsvRows(file);
    setStage({ stage: 'uploading', loaded: 0, total: file.size, rows });
    try {
      const { status, body } = await uploadCsv({
        path: kind === 'people' ? '/api/v1/people/imports' : '/api/v1/places/imports',
        file,
        headers: { Prefer: 'respond-async' },
        onProgress: (loaded, total) => setStage({ stage: 'uploading', loaded, total, rows }),
      });
      if (status === 202) setStage({ stage: 'processing', jobId: (body as Job).id, rows });
      else setStage({ stage: 'finished', report: body as ImportReport, rows });
    } catch (error) {
      setStage({ stage: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return { stage, progress: job.data?.progress ?? null, start, reset: () => setStage({ stage: 'idle' }) };
}

function settle(job: Job, rows: number, setStage: (stage: ImportStage) => void): void {
  if (job.state === 'done' && job.report) setStage({ stage: 'finished', report: job.report, rows });
  else setStage({ stage: 'failed', message: job.error ?? job.state });
}
