import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildApp } from '../src/app.ts';
import { importJurisdictionsCsv } from '../src/jurisdictions/service.ts';
import { createAccount } from '../src/platform/auth/accounts.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { createPlatform } from '../src/platform/context.ts';
import type { Database } from '../src/platform/db/database.ts';
import { composeResidentId, testTree, TEST_PASSWORD } from './fixture.ts';
import { describeEachDialect, openTestDatabase } from './databases.ts';

describeEachDialect('logs', (dialect) => {
  const lines: string[] = [];
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    const platform = createPlatform({ database, secretKey: randomBytes(32), passwordCost: 4 });
    await importJurisdictionsCsv(platform, systemActor('test'), Readable.from([testTree]));
    await createAccount(platform, systemActor('test'), { username: 'worker.logs', displayName: 'w', password: TEST_PASSWORD, role: 'community_worker', jurisdictionCode: '140703' });
    app = await buildApp(platform, { logLevel: 'trace', logStream: { write: (line) => lines.push(line) } });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  test('hold no name, identity number, phone or password, whatever the requests carried', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username: 'worker.logs', password: TEST_PASSWORD } });
    const headers = { authorization: `Bearer ${login.json().token}` };
    const documentNumber = composeResidentId('140703', '1961-02-03', 77);
    const secrets = ['欧阳娜娜', documentNumber, '13912345678', TEST_PASSWORD, login.json().token];
    const created = await app.inject({ method: 'POST', url: '/api/v1/people', headers, payload: { name: secrets[0], documentType: 'resident_id', documentNumber, phone: secrets[2], jurisdictionCode: '140703001001' } });
    expect(created.statusCode).toBe(201);
    await app.inject({ method: 'GET', url: `/api/v1/people?q=${encodeURIComponent(secrets[0]!)}`, headers });
    await app.inject({ method: 'POST', url: '/api/v1/people/lookup', headers, payload: { documentNumber } });
    await app.inject({ method: 'POST', url: '/api/v1/people', headers, payload: { name: secrets[0], documentType: 'resident_id', documentNumber, jurisdictionCode: '140703001001' } });
    await app.inject({ method: 'POST', url: '/api/v1/people/imports', headers: { ...headers, 'content-type': 'text/csv' }, payload: `name,document_type,document_number,jurisdiction_code,phone\n${secrets[0]},resident_id,${documentNumber}0,140703001001,${secrets[2]}\n` });
    await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username: 'worker.logs', password: `${TEST_PASSWORD}!` } });
    expect(lines.length).toBeGreaterThan(10);
    const logs = lines.join('\n');
    for (const secret of secrets) expect(logs).not.toContain(secret);
  });
});
