// A load generator in its own process, so that the server under test never shares its event loop: keep-alive
// HTTP/1.1 connections on loopback, a fixed number of requests in flight. Reads its job from the JSON file
// named on the command line and prints one line of JSON with what it measured.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

/** Device batches: each body sent once, by `concurrency` clients. */
export interface BatchJob {
  mode: 'batches';
  port: number;
  token: string;
  bodies: string[];
  concurrency: number;
}

/** Citizen scans: request i is citizen i mod C at venue (i x 7919) mod V, entering at enteredFrom + floor(i / C). */
export interface ScanJob {
  mode: 'scans';
  port: number;
  citizens: string[];
  venues: string[];
  enteredFrom: number;
  concurrency: number;
  warmupSeconds: number;
  seconds: number;
}

export interface LoadResult {
  /** Requests answered 2xx within the measured window, and all sent in total (warm-up included). */
  measured: number;
  sent: number;
  seconds: number;
  statuses: Record<string, number>;
  /** Items stored, summed over batch answers. */
  stored: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  firstError?: string;
}

/** The scan a request index stands for; the benchmark rebuilds the same rows for its reference. */
export function scanOf(index: number, citizens: number, venues: number, enteredFrom: number): { citizen: number; venue: number; enteredAt: number } {
  return { citizen: index % citizens, venue: (index * 7919) % venues, enteredAt: enteredFrom + Math.floor(index / citizens) };
}

function percentile(sorted: Float64Array, share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

function post(agent: Agent, port: number, path: string, token: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { agent, host: '127.0.0.1', port, path, method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function runBatches(job: BatchJob): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  let stored = 0;
  let firstError: string | undefined;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (next < job.bodies.length) {
        const body = job.bodies[next++]!;
        const sent = process.hrtime.bigint();
        const answer = await post(agent, job.port, '/api/v1/checkins/batches', job.token, body);
        latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        if (answer.status === 200) stored += (JSON.parse(answer.text) as { stored: number }).stored;
        else firstError ??= answer.text.slice(0, 500);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return { measured: statuses['200'] ?? 0, sent: job.bodies.length, seconds, statuses, stored, latencyMs: { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), max: sorted[sorted.length - 1] ?? 0 }, ...(firstError ? { firstError } : {}) };
}

async function runScans(job: ScanJob): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  let measured = 0;
  let firstError: string | undefined;
  const started = process.hrtime.bigint();
  const measureFrom = started + BigInt(Math.round(job.warmupSeconds * 1e9));
  const stopAt = measureFrom + BigInt(Math.round(job.seconds * 1e9));
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      for (;;) {
        const sent = process.hrtime.bigint();
        if (sent >= stopAt) return;
        const scan = scanOf(next++, job.citizens.length, job.venues.length, job.enteredFrom);
        const body = JSON.stringify({ token: job.venues[scan.venue], enteredAt: new Date(scan.enteredAt * 1000).toISOString() });
        const answer = await post(agent, job.port, '/api/v1/checkins', job.citizens[scan.citizen]!, body);
        const done = process.hrtime.bigint();
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        if (answer.status !== 201 && answer.status !== 200) firstError ??= answer.text.slice(0, 500);
        else if (sent >= measureFrom && done <= stopAt) {
          measured++;
          latencies.push(Number(done - sent) / 1e6);
        }
      }
    }),
  );
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return { measured, sent: next, seconds: job.seconds, statuses, stored: (statuses['201'] ?? 0), latencyMs: { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), max: sorted[sorted.length - 1] ?? 0 }, ...(firstError ? { firstError } : {}) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as BatchJob | ScanJob;
  const result = job.mode === 'batches' ? await runBatches(job) : await runScans(job);
  console.log(JSON.stringify(result));
}
