import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { createPlatform } from '../src/platform/context.ts';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { verifyAuditChain } from '../src/platform/audit/service.ts';
import { BulwarkError } from '../src/platform/errors.ts';
import { createFixture, TEST_PASSWORD, type Fixture } from './fixture.ts';
import { describeEachDialect, openTestDatabase } from './databases.ts';

describeEachDialect('the platform through HTTP', (dialect) => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await createFixture(dialect);
  });
  afterAll(() => fixture.close());

  test('health answers without a session; everything else asks for one as problem+json', async () => {
    const health = await fixture.request(null, 'GET', '/api/v1/health');
    expect(health.json()).toMatchObject({ status: 'ok', database: dialect });
    const people = await fixture.request(null, 'GET', '/api/v1/people');
    expect(people.statusCode).toBe(401);
    expect(people.headers['content-type']).toContain('application/problem+json');
    expect(people.json()).toMatchObject({ code: 'BULWARK_UNAUTHENTICATED', status: 401 });
    const forged = await fixture.request('bws_forged', 'GET', '/api/v1/people');
    expect(forged.statusCode).toBe(401);
  });

  test('security headers are set and unknown routes answer 404 as problems', async () => {
    const token = await fixture.tokenFor('auditor', '140703');
    const response = await fixture.request(token, 'GET', '/api/v1/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('BULWARK_NOT_FOUND');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const page = await fixture.request(null, 'GET', '/');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.body).toContain('Bulwark');
  });

  test('the OpenAPI document lists every operation with an id', async () => {
    const document = (await fixture.request(null, 'GET', '/api/v1/openapi.json')).json();
    const operations = Object.values(document.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((methods) => Object.values(methods));
    expect(operations.length).toBeGreaterThanOrEqual(20);
    for (const operation of operations) expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
    expect(document.components.schemas.Person).toBeDefined();
    expect((await fixture.request(null, 'GET', '/api/v1/docs/')).statusCode).toBe(200);
  });

  test('a session cookie works, and logging out ends it', async () => {
    const token = await fixture.tokenFor('epidemiologist', '140703');
    const me = await fixture.request(token, 'GET', '/api/v1/me');
    expect(me.json()).toMatchObject({ account: { role: 'epidemiologist', jurisdictionCode: '140703' } });
    const login = await fixture.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username: me.json().account.username, password: TEST_PASSWORD } });
    const cookie = login.cookies.find((item) => item.name === 'bulwark_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const withCookie = await fixture.app.inject({ method: 'GET', url: '/api/v1/me', cookies: { bulwark_session: cookie.value } });
    expect(withCookie.statusCode).toBe(200);
    await fixture.app.inject({ method: 'DELETE', url: '/api/v1/sessions/current', cookies: { bulwark_session: cookie.value } });
    const after = await fixture.app.inject({ method: 'GET', url: '/api/v1/me', cookies: { bulwark_session: cookie.value } });
    expect(after.statusCode).toBe(401);
  });

  test('repeated wrong passwords lock the account for a while, and the lock ends', async () => {
    const token = await fixture.tokenFor('auditor', '140703');
    const username = (await fixture.request(token, 'GET', '/api/v1/me')).json().account.username;
    const attempt = (password: string) => fixture.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username, password } });
    for (let count = 0; count < 5; count++) expect((await attempt('wrong password!')).statusCode).toBe(401);
    const locked = await attempt(TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('BULWARK_LOGIN_THROTTLED');
    fixture.clock.advance(2 * 60_000);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(201);
    fixture.clock.advance(-2 * 60_000);
  });

  test('an unknown purpose of use is refused; a declared one is recorded', async () => {
    const token = await fixture.tokenFor('epidemiologist', '140703');
    const bad = await fixture.request(token, 'GET', '/api/v1/people', undefined, { 'x-purpose-of-use': 'law_enforcement' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('header x-purpose-of-use');
    await fixture.request(token, 'GET', '/api/v1/people', undefined, { 'x-purpose-of-use': 'contact_tracing' });
    const auditor = await fixture.tokenFor('auditor', '140703');
    const records = (await fixture.request(auditor, 'GET', '/api/v1/audit?operation=people.list&limit=1')).json().items;
    expect(records[0]).toMatchObject({ purpose: 'contact_tracing', actorRole: 'epidemiologist', actorJurisdiction: '140703', outcome: 'allowed' });
  });

  test('denied attempts are audited', async () => {
    const venue = await fixture.tokenFor('venue_operator', '140703');
    expect((await fixture.request(venue, 'GET', '/api/v1/people')).statusCode).toBe(403);
    const auditor = await fixture.tokenFor('auditor', '140703');
    const denied = (await fixture.request(auditor, 'GET', '/api/v1/audit?outcome=denied&operation=people.list')).json().items;
    expect(denied[0]).toMatchObject({ actorRole: 'venue_operator', outcome: 'denied', detail: { missingPermission: 'people.read' } });
  });

  test('an auditor sees only actors of their own jurisdiction', async () => {
    const elsewhere = await fixture.tokenFor('epidemiologist', '1407031');
    await fixture.request(elsewhere, 'GET', '/api/v1/people');
    const auditor = await fixture.tokenFor('auditor', '140703');
    const seen = (await fixture.request(auditor, 'GET', '/api/v1/audit?limit=500')).json().items;
    expect(seen.some((record: { actorJurisdiction: string }) => record.actorJurisdiction === '1407031')).toBe(false);
    expect(seen.some((record: { actorJurisdiction: string | null }) => record.actorJurisdiction === null)).toBe(false);
    const national = await fixture.tokenFor('auditor', 'CN');
    const all = (await fixture.request(national, 'GET', '/api/v1/audit?operation=jurisdictions.import')).json().items;
    expect(all[0]).toMatchObject({ actorJurisdiction: null, actorAccountId: 'system:test', operation: 'jurisdictions.import' });
  });

  test('the audit log cannot be changed or deleted, even by direct SQL, and verifies intact', async () => {
    const db = fixture.platform.database.db;
    await expect(sql`update audit_log set operation = 'x' where seq = 1`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where seq = 1`.execute(db)).rejects.toThrow(/append-only/);
    const worker = await fixture.tokenFor('community_worker', '140703');
    await fixture.request(worker, 'POST', '/api/v1/people', { name: '丙', documentType: 'passport', documentNumber: 'Q1234567', jurisdictionCode: '140703001001' });
    await expect(sql`delete from audit_subjects`.execute(db)).rejects.toThrow(/append-only/);
    const result = await verifyAuditChain(db);
    expect(result.problems).toEqual([]);
    expect(result.checked).toBeGreaterThan(10);
  });

  test('someone who bypasses the database guards is still caught by verify', async () => {
    const db = fixture.platform.database.db;
    if (dialect === 'sqlite') await sql`drop trigger audit_log_no_update`.execute(db);
    else await sql`alter table audit_log disable trigger user`.execute(db);
    await sql`update audit_log set outcome = 'denied' where seq = 3`.execute(db);
    const result = await verifyAuditChain(db);
    expect(result.problems).toEqual([{ seq: 3, problem: 'content was modified after it was written' }]);
  });

  test('pages follow a cursor and the page size is capped', async () => {
    const admin = await fixture.tokenFor('administrator', 'CN');
    const first = (await fixture.request(admin, 'GET', '/api/v1/jurisdictions?under=140703&limit=3')).json();
    expect(first.items).toHaveLength(3);
    const second = (await fixture.request(admin, 'GET', `/api/v1/jurisdictions?under=140703&limit=3&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((item: { code: string }) => item.code)).toEqual(['140703001002', '140703002', '140703002001']);
    expect(second.nextCursor).toBeNull();
    expect((await fixture.request(admin, 'GET', '/api/v1/jurisdictions?limit=501')).json().errors).toEqual([{ field: 'querystring.limit', problem: 'must be at most 500' }]);
    expect((await fixture.request(admin, 'GET', '/api/v1/jurisdictions?cursor=nonsense')).json().errors).toEqual([{ field: 'cursor', problem: 'is not a cursor this API returned' }]);
  });
});

describeEachDialect('when the audit log cannot be written', (dialect) => {
  let fixture: Fixture;
  let failing = false;
  beforeAll(async () => {
    fixture = await createFixture(dialect, {
      audit: (platform) => ({
        record: (executor, event) => {
          if (failing) return Promise.reject(new BulwarkError('BULWARK_AUDIT_UNAVAILABLE'));
          return platform.audit.record(executor, event);
        },
        recordAll: (executor, events) => {
          if (failing) return Promise.reject(new BulwarkError('BULWARK_AUDIT_UNAVAILABLE'));
          return platform.audit.recordAll(executor, events);
        },
      }),
    });
  });
  afterAll(() => fixture.close());

  test('reads and writes of personal data fail and nothing is changed', async () => {
    const worker = await fixture.tokenFor('community_worker', '140703');
    const created = await fixture.request(worker, 'POST', '/api/v1/people', { name: '甲', documentType: 'passport', documentNumber: 'P1234567', jurisdictionCode: '140703001001' });
    expect(created.statusCode).toBe(201);
    failing = true;
    const read = await fixture.request(worker, 'GET', `/api/v1/people/${created.json().id}`);
    expect(read.statusCode).toBe(503);
    expect(read.json().code).toBe('BULWARK_AUDIT_UNAVAILABLE');
    expect(read.body).not.toContain('P1234567');
    const write = await fixture.request(worker, 'POST', '/api/v1/people', { name: '乙', documentType: 'passport', documentNumber: 'P7654321', jurisdictionCode: '140703001001' });
    expect(write.statusCode).toBe(503);
    failing = false;
    const count = await fixture.request(worker, 'GET', '/api/v1/people/count');
    expect(count.json()).toEqual({ count: 1 });
  });
});

describeEachDialect('login rate limit', (dialect) => {
  test('more than 20 login attempts a minute from one address are refused before any password is checked', async () => {
    const database = await openTestDatabase(dialect);
    const app = await buildApp(createPlatform({ database, secretKey: randomBytes(32), passwordCost: 4 }), { logLevel: 'silent' });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 21; attempt++) {
        statuses.push((await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username: `nobody${attempt}`, password: 'wrong password' } })).statusCode);
      }
      expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
      expect(statuses[20]).toBe(429);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
