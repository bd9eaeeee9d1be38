import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import { importJurisdictionsCsv } from '../src/jurisdictions/service.ts';
import { createAccount } from '../src/platform/auth/accounts.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import type { Role } from '../src/platform/auth/roles.ts';
import type { AuditLog } from '../src/platform/audit/audit.ts';
import { createPlatform, type Platform } from '../src/platform/context.ts';
import type { DialectName } from '../src/platform/db/database.ts';
import { fixedClock } from '../src/platform/time.ts';
import { openTestDatabase } from './databases.ts';

/**
 * A small county tree for tests. County 140703 has two townships; 1407031 is a sibling county whose code
 * starts with 140703, so that prefix mistakes in scoping show up.
 */
export const testTree = `code,name,parent_code,level
CN,中华人民共和国,,country
140000,山西省,CN,province
140700,晋中市,140000,city
140703,太谷区,140700,county
1407031,测试区,140700,county
140703001,明星镇,140703,township
140703002,胡村镇,140703,township
140703001001,东关社区,140703001,village
140703001002,西关社区,140703001,village
140703002001,胡村,140703002,village
1407031001,测试镇,1407031,township
`;

export interface Fixture {
  platform: Platform;
  app: FastifyInstance;
  clock: ReturnType<typeof fixedClock>;
  /** Creates an account of a role bound to a jurisdiction (or a person, for citizens) and returns its bearer token. */
  tokenFor(role: Role, boundTo: string): Promise<string>;
  request(token: string | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

let accountCounter = 0;
export const TEST_PASSWORD = 'correct horse battery staple';

export async function createFixture(dialect: DialectName, options: { audit?: (platform: Platform) => AuditLog } = {}): Promise<Fixture> {
  const database = await openTestDatabase(dialect);
  const clock = fixedClock(new Date('2026-11-24T08:00:00.000Z'));
  const secretKey = randomBytes(32);
  let platform = createPlatform({ database, secretKey, clock, passwordCost: 4 });
  if (options.audit) platform = { ...platform, audit: options.audit(platform) };
  await importJurisdictionsCsv(platform, systemActor('test'), Readable.from([testTree]));
  const app = await buildApp(platform, { logLevel: 'silent', rateLimit: 100_000, loginRateLimit: 100_000, checkinsPerCredential: 100_000, checkinsPerAddress: 100_000 });
  return {
    platform,
    app,
    clock,
    async tokenFor(role, boundTo) {
      const username = `${role}.${++accountCounter}.${randomBytes(3).toString('hex')}`;
      await createAccount(platform, systemActor('test'), {
        username,
        displayName: username,
        password: TEST_PASSWORD,
        role,
        ...(role === 'citizen' ? { personId: boundTo } : { jurisdictionCode: boundTo }),
      });
      const response = await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username, password: TEST_PASSWORD } });
      return (response.json() as { token: string }).token;
    },
    request(token, method, url, body, headers = {}) {
      const isCsv = typeof body === 'string';
      return app.inject({
        method,
        url,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(isCsv ? { 'content-type': 'text/csv' } : {}), ...headers },
        ...(body === undefined ? {} : { payload: body as string }),
      });
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A valid resident ID number for a test person, distinct per sequence. */
export { composeResidentId } from '../src/people/resident-id.ts';
