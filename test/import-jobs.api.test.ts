import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeEachDialect } from './databases.ts';
import { createFixture, type Fixture } from './fixture.ts';

const VILLAGE = '140703001001';
const ASYNC = { prefer: 'respond-async' };
const MISSING_ID = '01a20c00-0000-7000-8000-00000000dead';

describeEachDialect('import jobs through the API', (dialect) => {
  let fixture: Fixture;
  let worker: string;

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    worker = await fixture.tokenFor('community_worker', VILLAGE);
  });
  afterAll(() => fixture.close());

  const peopleCsv = (count: number, from = 0) =>
    ['name,document_type,document_number,jurisdiction_code', ...Array.from({ length: count }, (_, index) => `作业人${from + index},passport,J${String(from + index).padStart(7, '0')},${VILLAGE}`), `坏行,passport,,${VILLAGE}`].join('\n');

  /** Polls a job until it is no longer running. */
  async function finished(token: string, id: string) {
    for (let poll = 0; poll < 500; poll++) {
      const response = await fixture.request(token, 'GET', `/api/v1/jobs/${id}`);
      expect(response.statusCode, response.body).toBe(200);
      if (response.json().state !== 'running') return response.json();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`job ${id} did not end`);
  }

  test('a people import with Prefer: respond-async answers 202 with a job, whose progress and report follow', async () => {
    const started = await fixture.request(worker, 'POST', '/api/v1/people/imports', peopleCsv(30), ASYNC);
    expect(started.statusCode, started.body).toBe(202);
    const job = started.json();
    expect(job).toMatchObject({ kind: 'people.import', state: 'running', progress: { received: 0, inserted: 0, unchanged: 0, rejected: 0 }, report: null, error: null, startedAt: '2026-11-24T08:00:00.000Z', finishedAt: null });
    const done = await finished(worker, job.id);
    expect(done).toMatchObject({ id: job.id, state: 'done', error: null, finishedAt: '2026-11-24T08:00:00.000Z' });
    expect(done.report).toEqual({ received: 31, inserted: 30, unchanged: 0, rejected: [{ row: 32, field: 'document_number', problem: 'must not be empty' }] });
    expect(done.progress).toEqual({ received: 31, inserted: 30, unchanged: 0, rejected: 1 });
    expect((await fixture.request(worker, 'GET', `/api/v1/people/count?q=${encodeURIComponent('作业人')}`)).json().count).toBe(30);
    // Run again: an import is idempotent, so nothing is added twice.
    const again = await finished(worker, (await fixture.request(worker, 'POST', '/api/v1/people/imports', peopleCsv(30), ASYNC)).json().id);
    expect(again.progress).toEqual({ received: 31, inserted: 0, unchanged: 30, rejected: 1 });
  });

  test('a places import runs as a job too; other preferences beside respond-async are fine', async () => {
    const csv = 'ref,kind,jurisdiction_code,name\njob-c1,compound,140703001001,作业小区\njob-b1,building,140703001002,邻村作业楼\n';
    const started = await fixture.request(worker, 'POST', '/api/v1/places/imports', csv, { prefer: 'return=minimal, respond-async; foo=bar' });
    expect(started.statusCode).toBe(202);
    const done = await finished(worker, started.json().id);
    expect(done).toMatchObject({ kind: 'places.import', state: 'done', progress: { received: 2, inserted: 1, unchanged: 0, rejected: 1 } });
    expect(done.report.rejected).toEqual([{ row: 3, field: 'jurisdiction_code', problem: 'is not a jurisdiction within your scope' }]);
  });

  test('without the preference the import answers its report as before', async () => {
    const response = await fixture.request(worker, 'POST', '/api/v1/people/imports', peopleCsv(2, 100));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ received: 3, inserted: 2, unchanged: 0 });
  });

  test('a job is invisible to every other account, even of the same role and village: 404 like a missing id', async () => {
    const id = (await fixture.request(worker, 'POST', '/api/v1/people/imports', peopleCsv(1, 200), ASYNC)).json().id;
    await finished(worker, id);
    const colleague = await fixture.tokenFor('community_worker', VILLAGE);
    const admin = await fixture.tokenFor('administrator', 'CN');
    const missing = await fixture.request(colleague, 'GET', `/api/v1/jobs/${MISSING_ID}`);
    expect(missing.statusCode).toBe(404);
    for (const token of [colleague, admin]) {
      const other = await fixture.request(token, 'GET', `/api/v1/jobs/${id}`);
      expect(other.statusCode).toBe(404);
      expect({ ...other.json(), instance: null }).toEqual({ ...missing.json(), instance: null });
    }
  });

  test('a role that may not import is refused at once, not in a failed job', async () => {
    const command = await fixture.tokenFor('command_staff', VILLAGE);
    const response = await fixture.request(command, 'POST', '/api/v1/people/imports', peopleCsv(1, 300), ASYNC);
    expect(response.statusCode).toBe(403);
    expect((await fixture.request(command, 'GET', `/api/v1/jobs/${MISSING_ID}`)).statusCode).toBe(403);
  });

  test('a file that cannot be read ends the job failed, with a reason and no internals', async () => {
    const started = await fixture.request(worker, 'POST', '/api/v1/places/imports', 'ref,kind,name\n"unterminated,compound,x\n', ASYNC);
    expect(started.statusCode).toBe(202);
    const failed = await finished(worker, started.json().id);
    expect(failed).toMatchObject({ state: 'failed', report: null, error: 'the job failed; it has been logged', finishedAt: '2026-11-24T08:00:00.000Z' });
  });
});
