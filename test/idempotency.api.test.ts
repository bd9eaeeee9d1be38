import { afterAll, beforeAll, expect, test } from 'vitest';
import { createFixture, type Fixture } from './fixture.ts';
import { describeEachDialect } from './databases.ts';

describeEachDialect('Idempotency-Key', (dialect) => {
  let fixture: Fixture;
  let worker: string;
  beforeAll(async () => {
    fixture = await createFixture(dialect);
    worker = await fixture.tokenFor('community_worker', '140703');
  });
  afterAll(() => fixture.close());

  const person = (documentNumber: string) => ({ name: '重试', documentType: 'passport', documentNumber, jurisdictionCode: '140703001001' });
  const count = async () => (await fixture.request(worker, 'GET', '/api/v1/people/count')).json().count as number;

  test('a retried submission replays the first answer and has one effect', async () => {
    const before = await count();
    const first = await fixture.request(worker, 'POST', '/api/v1/people', person('R1000001'), { 'idempotency-key': 'retry-key-0001' });
    const second = await fixture.request(worker, 'POST', '/api/v1/people', person('R1000001'), { 'idempotency-key': 'retry-key-0001' });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
    expect(await count()).toBe(before + 1);
  });

  test('the same key with a different request is refused with 422', async () => {
    await fixture.request(worker, 'POST', '/api/v1/people', person('R2000002'), { 'idempotency-key': 'retry-key-0002' });
    const other = await fixture.request(worker, 'POST', '/api/v1/people', person('R2000003'), { 'idempotency-key': 'retry-key-0002' });
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('BULWARK_IDEMPOTENCY_MISMATCH');
  });

  test('one to five concurrent repeats leave exactly one effect', async () => {
    for (let repeats = 1; repeats <= 5; repeats++) {
      const before = await count();
      const key = `concurrent-key-${repeats}`;
      const responses = await Promise.all(
        Array.from({ length: repeats }, () => fixture.request(worker, 'POST', '/api/v1/people', person(`C${repeats}000000`), { 'idempotency-key': key })),
      );
      // Each answer is the created person, its replay, or "still in progress"; never a second person.
      for (const response of responses) expect([201, 409]).toContain(response.statusCode);
      expect(await count()).toBe(before + 1);
    }
  });

  test('the stored answer is encrypted at rest', async () => {
    const rows = await fixture.platform.database.db.selectFrom('idempotency_keys').select('body').execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.body).not.toContain('重试');
  });
});
