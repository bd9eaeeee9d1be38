import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildApp } from '../src/app.ts';
import { composeResidentId, createFixture, type Fixture } from './fixture.ts';
import { describeEachDialect } from './databases.ts';
import { minutesAgo, unknownVenueToken, venueWithCode } from './checkin-helpers.ts';

const OWN = '140703001001';
const SIBLING = '140703001002';

describeEachDialect('check-ins through the API', (dialect) => {
  let fixture: Fixture;
  /** Staff of the whole country, who sets things up. */
  let maker: string;
  let worker: string;
  let siblingWorker: string;
  let operator: string;
  let shop: { venueId: string; codeId: string; venueToken: string };
  let siblingShop: { venueId: string; codeId: string; venueToken: string };
  const people: { id: string; document: string }[] = [];
  let citizen: string;
  let otherCitizen: string;

  const checkinRows = async () => fixture.platform.database.db.selectFrom('checkins').selectAll().execute();

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    // The sibling village follows a protocol from the day it takes effect, which becomes today (see below).
    const { documents } = (await fixture.request(null, 'GET', '/api/v1/public/protocols')).json() as { documents: { id: string; effectiveFrom: string }[] };
    const today = [fixture.clock.now().toISOString().slice(0, 10), documents.find((document) => document.id === 'generic-respiratory-template')!.effectiveFrom].sort()[1]!;
    fixture.clock.set(new Date(`${today}T08:00:00.000Z`));
    maker = await fixture.tokenFor('community_worker', 'CN');
    worker = await fixture.tokenFor('community_worker', OWN);
    siblingWorker = await fixture.tokenFor('community_worker', SIBLING);
    operator = await fixture.tokenFor('venue_operator', OWN);
    shop = await venueWithCode(fixture, maker, '东关超市', OWN);
    siblingShop = await venueWithCode(fixture, maker, '西关超市', SIBLING);
    for (let index = 0; index < 6; index++) {
      const document = composeResidentId('140703', '1980-04-05', 500 + index);
      const created = await fixture.request(maker, 'POST', '/api/v1/people', { name: `登记人${index}`, documentType: 'resident_id', documentNumber: document, jurisdictionCode: index % 2 === 0 ? OWN : SIBLING });
      expect(created.statusCode, created.body).toBe(201);
      people.push({ id: created.json().id, document });
    }
    citizen = await fixture.tokenFor('citizen', people[0]!.id);
    otherCitizen = await fixture.tokenFor('citizen', people[1]!.id);
    // The sibling village follows a protocol whose fever threshold is 38 °C (the national one: 37.3 °C).
    const admin = await fixture.tokenFor('administrator', 'CN');
    const assigned = await fixture.request(admin, 'POST', '/api/v1/protocol-assignments', { jurisdictionCode: SIBLING, protocolId: 'generic-respiratory-template', effectiveFrom: fixture.clock.now().toISOString().slice(0, 10), reason: '测试：另一协议' });
    expect(assigned.statusCode, assigned.body).toBe(201);
  });
  afterAll(() => fixture.close());

  test('a scan stores one check-in; its repeat answers 200 with the same one and stores nothing more', async () => {
    const enteredAt = minutesAgo(fixture, 30);
    const first = await fixture.request(citizen, 'POST', '/api/v1/checkins', { token: shop.venueToken, enteredAt, temperature: 36.5 });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({
      checkin: { personId: people[0]!.id, venueId: shop.venueId, venueName: '东关超市', jurisdictionCode: OWN, enteredAt, exitedAt: null, temperature: 36.5, source: 'scan', recordedAt: fixture.clock.now().toISOString() },
      feverFlagRaised: false,
    });
    const repeat = await fixture.request(citizen, 'POST', '/api/v1/checkins', { token: shop.venueToken, enteredAt, temperature: 36.5 });
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json()).toEqual(first.json());
    expect(await checkinRows()).toHaveLength(1);
  });

  test('a repeat bringing an exit fills it in (scan-out), and nothing else changes', async () => {
    const enteredAt = minutesAgo(fixture, 120);
    await fixture.request(citizen, 'POST', '/api/v1/checkins', { token: shop.venueToken, enteredAt, temperature: 36.6 });
    const out = await fixture.request(citizen, 'POST', '/api/v1/checkins', { token: shop.venueToken, enteredAt, exitedAt: minutesAgo(fixture, 60), temperature: 39 });
    expect(out.statusCode).toBe(200);
    expect(out.json().checkin).toMatchObject({ enteredAt, exitedAt: minutesAgo(fixture, 60), temperature: 36.6 });
    expect(out.json().feverFlagRaised).toBe(false);
    const again = await fixture.request(citizen, 'POST', '/api/v1/checkins', { token: shop.venueToken, enteredAt, exitedAt: minutesAgo(fixture, 10) });
    expect(again.json().checkin.exitedAt).toBe(minutesAgo(fixture, 60));
  });

  test('a token that names no active venue is a 400 naming token', async () => {
    const cases = ['not-a-token', `${shop.venueToken.slice(0, -2)}AA`, unknownVenueToken(fixture, shop.venueId)];
    for (const token of cases) {
      const response = await fixture.request(citizen, 'POST', '/api/v1/checkins', { token });
      expect(response.statusCode, token).toBe(400);
      expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual(['token']);
    }
    const revokedShop = await venueWithCode(fixture, maker, '已撤码商店', OWN);
    expect((await fixture.request(maker, 'POST', `/api/v1/venue-codes/${revokedShop.codeId}/revoke`, { reason: '海报被替换' })).statusCode).toBe(200);
    const revoked = await fixture.request(citizen, 'POST', '/api/v1/checkins', { token: revokedShop.venueToken });
    expect(revoked.json()).toMatchObject({ code: 'BULWARK_VALIDATION', errors: [{ field: 'token', problem: 'is a revoked venue code; the venue has been given a new one' }] });
  });

  test('times and temperatures outside the protocol’s bounds are refused by field', async () => {
    const response = await fixture.request(citizen, 'POST', '/api/v1/checkins', { token: shop.venueToken, enteredAt: minutesAgo(fixture, -60), temperature: 45.5 });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'enteredAt', problem: 'is in the future' },
      { field: 'temperature', problem: 'must be between 34 and 43 °C' },
    ]);
  });

  test('a batch keeps its good items and names each bad one by field, never echoing a document number', async () => {
    const unregistered = composeResidentId('140703', '1990-01-01', 999);
    const items = [
      { document: { type: 'resident_id', number: people[2]!.document }, enteredAt: minutesAgo(fixture, 50), temperature: 36.4 },
      { personId: people[3]!.id, enteredAt: minutesAgo(fixture, 45), exitedAt: minutesAgo(fixture, 5) },
      { document: { type: 'resident_id', number: unregistered }, enteredAt: minutesAgo(fixture, 40) },
      { personId: people[4]!.id, enteredAt: minutesAgo(fixture, -30) },
      { personId: people[4]!.id, enteredAt: minutesAgo(fixture, 80 * 60) },
      { personId: people[4]!.id, enteredAt: minutesAgo(fixture, 20), temperature: 25 },
      { personId: people[4]!.id, document: { type: 'resident_id', number: people[4]!.document }, enteredAt: minutesAgo(fixture, 20) },
      { document: { type: 'resident_id', number: '140703199001010000' }, enteredAt: minutesAgo(fixture, 20) },
      { personId: '01a20c00-0000-7000-8000-00000000dead', enteredAt: minutesAgo(fixture, 20) },
    ];
    const response = await fixture.request(operator, 'POST', '/api/v1/checkins/batches', { token: shop.venueToken, items });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      items: [
        { index: 0, outcome: 'stored' },
        { index: 1, outcome: 'stored' },
        { index: 2, outcome: 'rejected', errors: [{ field: 'items.2.document', problem: 'is not a registered person' }] },
        { index: 3, outcome: 'rejected', errors: [{ field: 'items.3.enteredAt', problem: 'is in the future' }] },
        { index: 4, outcome: 'rejected', errors: [{ field: 'items.4.enteredAt', problem: 'is more than 72 hours in the past' }] },
        { index: 5, outcome: 'rejected', errors: [{ field: 'items.5.temperature', problem: 'must be between 34 and 43 °C' }] },
        { index: 6, outcome: 'rejected', errors: [{ field: 'items.6.personId', problem: 'give either document or personId' }] },
        { index: 7, outcome: 'rejected', errors: [{ field: 'items.7.document.number', problem: 'has a wrong check digit' }] },
        { index: 8, outcome: 'rejected', errors: [{ field: 'items.8.personId', problem: 'is not a registered person' }] },
      ],
      stored: 2,
      duplicate: 0,
      updated: 0,
      rejected: 7,
      feverFlags: 0,
    });
    expect(response.body).not.toContain(unregistered);
    const stored = await fixture.request(worker, 'GET', `/api/v1/checkins?venue=${shop.venueId}&person=${people[3]!.id}`);
    expect(stored.json().items).toEqual([expect.objectContaining({ personId: people[3]!.id, exitedAt: minutesAgo(fixture, 5), source: 'device' })]);
  });

  test('the same batch sent 3 times at once leaves one effect: one row and one fever flag per item', async () => {
    const items = [0, 1, 2, 3, 4, 5].map((index) => ({ personId: people[index]!.id, enteredAt: minutesAgo(fixture, 200 + index), ...(index === 5 ? { temperature: 38.6 } : {}) }));
    const before = (await checkinRows()).length;
    const flagsBefore = (await fixture.platform.database.db.selectFrom('fever_flags').selectAll().execute()).length;
    const responses = await Promise.all([1, 2, 3].map(() => fixture.request(operator, 'POST', '/api/v1/checkins/batches', { token: shop.venueToken, items })));
    for (const response of responses) expect(response.statusCode, response.body).toBe(200);
    const results = responses.map((response) => response.json());
    expect(results.reduce((sum, result) => sum + result.stored, 0)).toBe(items.length);
    expect(results.reduce((sum, result) => sum + result.duplicate, 0)).toBe(2 * items.length);
    expect(results.reduce((sum, result) => sum + result.feverFlags, 0)).toBe(1);
    expect((await checkinRows()).length).toBe(before + items.length);
    expect((await fixture.platform.database.db.selectFrom('fever_flags').selectAll().execute()).length).toBe(flagsBefore + 1);
  });

  test('a batch for a venue outside the actor’s subtree is 404 exactly like an unknown code', async () => {
    const items = [{ personId: people[0]!.id, enteredAt: minutesAgo(fixture, 5) }];
    const outside = await fixture.request(operator, 'POST', '/api/v1/checkins/batches', { token: siblingShop.venueToken, items });
    const unknown = await fixture.request(operator, 'POST', '/api/v1/checkins/batches', { token: unknownVenueToken(fixture, siblingShop.venueId), items });
    expect(outside.statusCode).toBe(404);
    const { instance: _a, ...outsideProblem } = outside.json();
    const { instance: _b, ...unknownProblem } = unknown.json();
    expect(outsideProblem).toEqual(unknownProblem);
    expect((await fixture.request(citizen, 'POST', '/api/v1/checkins/batches', { token: shop.venueToken, items })).statusCode).toBe(403);
  });

  test('a fever raises a flag for the venue’s jurisdiction, which a sibling village’s worker neither sees nor handles', async () => {
    const scan = await fixture.request(otherCitizen, 'POST', '/api/v1/checkins', { token: shop.venueToken, enteredAt: minutesAgo(fixture, 15), temperature: 38.2 });
    expect(scan.statusCode).toBe(201);
    expect(scan.json().feverFlagRaised).toBe(true);
    // A retry whose first answer was lost answers the same, flag included; no second flag is raised.
    const retry = await fixture.request(otherCitizen, 'POST', '/api/v1/checkins', { token: shop.venueToken, enteredAt: minutesAgo(fixture, 15), temperature: 38.2 });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(scan.json());
    const own = (await fixture.request(worker, 'GET', '/api/v1/fever-flags?status=open')).json().items as { id: string; personId: string; temperature: number; venueName: string }[];
    expect(own.filter((item) => item.personId === people[1]!.id && item.temperature === 38.2)).toHaveLength(1);
    const flag = own.find((item) => item.personId === people[1]!.id && item.temperature === 38.2);
    expect(flag).toMatchObject({ venueName: '东关超市', jurisdictionCode: OWN, status: 'open', enteredAt: minutesAgo(fixture, 15) });
    const sibling = await fixture.request(siblingWorker, 'GET', '/api/v1/fever-flags');
    expect(sibling.json().items).toEqual([]);
    const siblingHandle = await fixture.request(siblingWorker, 'POST', `/api/v1/fever-flags/${flag!.id}/handle`, { note: '电话随访' });
    expect(siblingHandle.statusCode).toBe(404);
    const handled = await fixture.request(worker, 'POST', `/api/v1/fever-flags/${flag!.id}/handle`, { note: '电话随访，已建议就诊发热门诊' });
    expect(handled.json()).toMatchObject({ id: flag!.id, status: 'handled', note: '电话随访，已建议就诊发热门诊', handledAt: fixture.clock.now().toISOString() });
    expect((await fixture.request(worker, 'POST', `/api/v1/fever-flags/${flag!.id}/handle`, { note: '再次' })).statusCode).toBe(409);
    expect((await fixture.request(operator, 'GET', '/api/v1/fever-flags')).statusCode).toBe(403);
  });

  test('a fever is judged by the protocol in force where the venue lies', async () => {
    const own = await fixture.request(citizen, 'POST', '/api/v1/checkins', { token: shop.venueToken, enteredAt: minutesAgo(fixture, 300), temperature: 37.6 });
    const sibling = await fixture.request(citizen, 'POST', '/api/v1/checkins', { token: siblingShop.venueToken, enteredAt: minutesAgo(fixture, 290), temperature: 37.6 });
    expect([own.json().feverFlagRaised, sibling.json().feverFlagRaised]).toEqual([true, false]);
  });

  test('a citizen sees only their own check-ins, newest first, page by page', async () => {
    const mine = (await fixture.request(citizen, 'GET', '/api/v1/me/checkins')).json().items as { personId: string; enteredAt: string }[];
    expect(mine.length).toBeGreaterThanOrEqual(3);
    for (const item of mine) expect(item.personId).toBe(people[0]!.id);
    expect(mine.map((item) => item.enteredAt)).toEqual([...mine.map((item) => item.enteredAt)].sort().reverse());
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await fixture.request(citizen, 'GET', `/api/v1/me/checkins?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json() as { items: { enteredAt: string }[]; nextCursor: string | null };
      paged.push(...page.items.map((item) => item.enteredAt));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(mine.map((item) => item.enteredAt));
    expect((await fixture.request(citizen, 'GET', `/api/v1/checkins?person=${people[0]!.id}`)).statusCode).toBe(403);
  });

  test('staff read check-ins of venues inside their subtree only', async () => {
    const epidemiologist = await fixture.tokenFor('epidemiologist', OWN);
    const county = await fixture.tokenFor('command_staff', '140703');
    const scanned = await fixture.request(otherCitizen, 'POST', '/api/v1/checkins', { token: siblingShop.venueToken, enteredAt: minutesAgo(fixture, 25) });
    expect(scanned.statusCode).toBe(201);
    const atShop = (await fixture.request(epidemiologist, 'GET', `/api/v1/checkins?venue=${shop.venueId}&limit=500`)).json().items as { venueId: string }[];
    expect(atShop.length).toBeGreaterThan(0);
    for (const item of atShop) expect(item.venueId).toBe(shop.venueId);
    expect((await fixture.request(epidemiologist, 'GET', `/api/v1/checkins?venue=${siblingShop.venueId}`)).json().items).toEqual([]);
    // By person: only the stays at venues in the subtree.
    const byPerson = (await fixture.request(epidemiologist, 'GET', `/api/v1/checkins?person=${people[1]!.id}&limit=500`)).json().items as { venueId: string }[];
    expect(new Set(byPerson.map((item) => item.venueId))).toEqual(new Set([shop.venueId]));
    const countyWide = (await fixture.request(county, 'GET', `/api/v1/checkins?person=${people[1]!.id}&limit=500`)).json().items as { venueId: string }[];
    expect(new Set(countyWide.map((item) => item.venueId))).toEqual(new Set([shop.venueId, siblingShop.venueId]));
    const windowed = (await fixture.request(county, 'GET', `/api/v1/checkins?person=${people[1]!.id}&from=${minutesAgo(fixture, 26)}&to=${minutesAgo(fixture, 24)}`)).json().items;
    expect(windowed).toEqual([expect.objectContaining({ venueId: siblingShop.venueId, enteredAt: minutesAgo(fixture, 25) })]);
    const neither = await fixture.request(epidemiologist, 'GET', '/api/v1/checkins');
    expect(neither.json().errors).toEqual([{ field: 'venue', problem: 'give venue, person or both' }]);
  });

  test('every ingest and read leaves an audit record naming the people', async () => {
    const auditor = await fixture.tokenFor('auditor', 'CN');
    const records = async (operation: string) => (await fixture.request(auditor, 'GET', `/api/v1/audit?operation=${operation}&limit=500`)).json().items as { personIds: string[]; detail: Record<string, unknown> }[];
    const ingests = await records('checkins.ingest');
    expect(ingests.some((record) => record.personIds.includes(people[2]!.id) && record.personIds.includes(people[3]!.id) && record.detail.stored === 2)).toBe(true);
    const scans = await records('checkins.scan');
    expect(scans.every((record) => record.personIds.length === 1)).toBe(true);
    expect(scans.some((record) => record.personIds[0] === people[1]!.id && record.detail.feverFlags === 1)).toBe(true);
    const lists = await records('checkins.list');
    expect(lists.some((record) => record.personIds.includes(people[3]!.id))).toBe(true);
    expect((await records('checkins.self')).some((record) => record.personIds.includes(people[0]!.id))).toBe(true);
    expect((await records('fever-flags.handle'))[0]!.personIds).toEqual([people[1]!.id]);
    const everything = JSON.stringify(await records('checkins.ingest'));
    for (const person of people) expect(everything).not.toContain(person.document);
  });

  test('scans are limited per credential, not per address, and an address has a ceiling of its own', async () => {
    // Many phones behind one venue's Wi-Fi share an address: the general limit of 2 a minute must not stop them.
    const app = await buildApp(fixture.platform, { logLevel: 'silent', rateLimit: 2, loginRateLimit: 100, checkinsPerCredential: 3, checkinsPerAddress: 5 });
    try {
      let minutes = 400;
      const scan = async (token: string) =>
        (await app.inject({ method: 'POST', url: '/api/v1/checkins', headers: { authorization: `Bearer ${token}` }, payload: { token: shop.venueToken, enteredAt: minutesAgo(fixture, minutes++) } })).statusCode;
      expect([await scan(citizen), await scan(citizen), await scan(citizen)]).toEqual([201, 201, 201]);
      expect(await scan(citizen)).toBe(429);
      // Another person at the same address is not held by the first one's limit.
      expect(await scan(otherCitizen)).toBe(201);
      // Five check-in writes reached the address's ceiling (the refused one counted too).
      expect(await scan(otherCitizen)).toBe(429);
      // Other routes keep the general limit per address.
      const reads = [];
      for (let index = 0; index < 3; index++) reads.push((await app.inject({ method: 'GET', url: '/api/v1/me/checkins', headers: { authorization: `Bearer ${otherCitizen}` } })).statusCode);
      expect(reads).toEqual([200, 200, 429]);
    } finally {
      await app.close();
    }
  });
});
