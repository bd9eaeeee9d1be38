import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { deriveKey } from '../src/platform/crypto.ts';
import { newId } from '../src/platform/ids.ts';
import { renderVenueCodeSvg, scanUrl } from '../src/venue-codes/qr.ts';
import { resolveVenueToken } from '../src/venue-codes/service.ts';
import { signVenueToken, TOKEN_KEY_PURPOSE } from '../src/venue-codes/token.ts';
import { describeEachDialect } from './databases.ts';
import { createFixture, type Fixture } from './fixture.ts';

const VILLAGE = '140703001001';
const SIBLING_VILLAGE = '140703001002';
const VENUE_NAME = '东关饭店 & <小吃>';
const MISSING_ID = '01a20c00-0000-7000-8000-00000000dead';

describeEachDialect('venue codes through the API', (dialect) => {
  let fixture: Fixture;
  let worker = '';
  let operator = '';
  let neighbour = '';
  let command = '';
  let venueId = '';
  let buildingId = '';
  let northId = '';
  let plainId = '';

  const tokenOf = (codeId: string, venue = venueId) => signVenueToken(deriveKey(fixture.platform.secretKey, TOKEN_KEY_PURPOSE), { codeId, venueId: venue });
  const resolvePublicly = (token: string) => fixture.request(null, 'POST', '/api/v1/public/venue-codes/resolve', { token });
  const problemOf = (response: LightMyRequestResponse) => {
    const { instance: _instance, ...rest } = response.json() as Record<string, unknown>;
    return rest;
  };
  const auditOf = (operation: string) =>
    fixture.platform.database.db.selectFrom('audit_log').select(['operation', 'outcome', 'detail']).where('operation', '=', operation).orderBy('seq').execute();

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    worker = await fixture.tokenFor('community_worker', VILLAGE);
    operator = await fixture.tokenFor('venue_operator', VILLAGE);
    neighbour = await fixture.tokenFor('community_worker', SIBLING_VILLAGE);
    command = await fixture.tokenFor('command_staff', '140703');
    const venue = await fixture.request(worker, 'POST', '/api/v1/places', { kind: 'venue', venueType: 'restaurant', name: VENUE_NAME, jurisdictionCode: VILLAGE, address: '东关街1号' });
    expect(venue.statusCode, venue.body).toBe(201);
    venueId = venue.json().id;
    buildingId = (await fixture.request(worker, 'POST', '/api/v1/places', { kind: 'building', name: '东关楼', jurisdictionCode: VILLAGE })).json().id;
  });
  afterAll(() => fixture.close());

  test('a community worker and a venue operator issue codes, one per entrance, and each issue is audited', async () => {
    const north = await fixture.request(worker, 'POST', `/api/v1/places/${venueId}/codes`, { label: '  北门  ' });
    expect(north.statusCode, north.body).toBe(201);
    expect(north.json()).toMatchObject({ venueId, jurisdictionCode: VILLAGE, label: '北门', active: true, createdAt: '2026-11-24T08:00:00.000Z', revokedAt: null, revokedBy: null, revokedReason: null });
    expect(north.json().createdBy).toMatch(/^community_worker\./);
    northId = north.json().id;
    expect(northId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const plain = await fixture.request(operator, 'POST', `/api/v1/places/${venueId}/codes`, {});
    expect(plain.statusCode, plain.body).toBe(201);
    expect(plain.json()).toMatchObject({ label: null, active: true });
    plainId = plain.json().id;
    const audited = await auditOf('venue-codes.issue');
    expect(audited.map((record) => [record.outcome, JSON.parse(record.detail).codeId])).toEqual([['allowed', northId], ['allowed', plainId]]);
  });

  test('a place that is not a venue is refused naming the id; bad labels name the label', async () => {
    const building = await fixture.request(worker, 'POST', `/api/v1/places/${buildingId}/codes`, { label: '大门' });
    expect(building.statusCode).toBe(400);
    expect(building.json().errors).toEqual([{ field: 'id', problem: 'is a building; codes are issued for venues only' }]);
    const bad = await fixture.request(worker, 'POST', `/api/v1/places/${venueId}/codes`, { label: ' ', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((error: { field: string }) => error.field).sort()).toEqual(['extra', 'label']);
  });

  test('the venue’s codes are listed in the order issued, to readers above the village too; other roles are refused', async () => {
    const listed = await fixture.request(command, 'GET', `/api/v1/places/${venueId}/codes`);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().items.map((item: { id: string }) => item.id)).toEqual([northId, plainId]);
    expect(listed.json().nextCursor).toBeNull();
    const first = await fixture.request(worker, 'GET', `/api/v1/places/${venueId}/codes?limit=1`);
    const second = await fixture.request(worker, 'GET', `/api/v1/places/${venueId}/codes?limit=1&cursor=${first.json().nextCursor}`);
    expect([...first.json().items, ...second.json().items].map((item: { id: string }) => item.id)).toEqual([northId, plainId]);
    const tester = await fixture.tokenFor('testing_operator', VILLAGE);
    expect((await fixture.request(tester, 'GET', `/api/v1/places/${venueId}/codes`)).statusCode).toBe(403);
    expect((await fixture.request(command, 'POST', `/api/v1/places/${venueId}/codes`, {})).statusCode).toBe(403);
  });

  test('the SVG encodes the scan page of the request’s origin with the signed token in the fragment', async () => {
    const response = await fixture.request(operator, 'GET', `/api/v1/venue-codes/${northId}/qr?format=svg`, undefined, { host: 'bulwark.example.org:8443' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="venue-code-${northId}.svg"`);
    const url = scanUrl('http://bulwark.example.org:8443', tokenOf(northId));
    expect(url).toMatch(/^http:\/\/bulwark\.example\.org:8443\/scan#bv1\./);
    expect(response.body).toBe(renderVenueCodeSvg({ url, venueName: VENUE_NAME, label: '北门' }));
    expect(response.body).toContain('东关饭店 &amp; &lt;小吃&gt;');
    expect(response.body).toContain('扫码登记 Scan to check in');
    // The default is SVG; a forged Host header that is not a host name is refused rather than printed.
    expect((await fixture.request(operator, 'GET', `/api/v1/venue-codes/${northId}/qr`)).headers['content-type']).toMatch(/^image\/svg\+xml/);
    const forged = await fixture.request(operator, 'GET', `/api/v1/venue-codes/${northId}/qr`, undefined, { host: 'evil.example/"><script>' });
    expect(forged.statusCode).toBe(400);
    expect((await auditOf('venue-codes.print')).length).toBeGreaterThanOrEqual(2);
  });

  test('the PNG is a PNG 1200 pixels wide, as an attachment', async () => {
    const response = await fixture.request(worker, 'GET', `/api/v1/venue-codes/${plainId}/qr?format=png`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="venue-code-${plainId}.png"`);
    const png = response.rawPayload;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect((await fixture.request(worker, 'GET', `/api/v1/venue-codes/${plainId}/qr?format=gif`)).statusCode).toBe(400);
  });

  test('public resolve needs no login and answers the venue’s name and type only', async () => {
    const response = await resolvePublicly(tokenOf(northId));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ name: VENUE_NAME, venueType: 'restaurant' });
    for (const hidden of [northId, venueId, VILLAGE, '东关街1号', 'community_worker']) expect(response.body).not.toContain(hidden);
    // Check-in ingestion gets the whole answer.
    expect(await resolveVenueToken(fixture.platform, tokenOf(northId))).toEqual({ codeId: northId, venueId, venueName: VENUE_NAME, jurisdictionCode: VILLAGE, countyCode: '140703', venueType: 'restaurant' });
  });

  test('a revoked code no longer resolves, even just after a scan was cached; revoking is final and audited', async () => {
    expect((await resolvePublicly(tokenOf(plainId))).statusCode).toBe(200);
    const short = await fixture.request(operator, 'POST', `/api/v1/venue-codes/${plainId}/revoke`, { reason: '丢失' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([{ field: 'reason', problem: 'must be at least 5 characters' }]);
    const revoked = await fixture.request(operator, 'POST', `/api/v1/venue-codes/${plainId}/revoke`, { reason: '海报被撕毁，已换新码' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ id: plainId, active: false, revokedAt: '2026-11-24T08:00:00.000Z', revokedReason: '海报被撕毁，已换新码' });
    expect(revoked.json().revokedBy).toMatch(/^venue_operator\./);
    expect((await resolvePublicly(tokenOf(plainId))).statusCode).toBe(404);
    expect(await resolveVenueToken(fixture.platform, tokenOf(plainId))).toEqual({ problem: 'revoked' });
    const again = await fixture.request(worker, 'POST', `/api/v1/venue-codes/${plainId}/revoke`, { reason: 'second attempt' });
    expect(again.statusCode).toBe(409);
    expect((await fixture.request(worker, 'GET', `/api/v1/venue-codes/${plainId}/qr`)).statusCode).toBe(409);
    expect((await auditOf('venue-codes.revoke')).map((record) => JSON.parse(record.detail))).toEqual([{ codeId: plainId, venueId, reason: '海报被撕毁，已换新码' }]);
    // Not even a direct write can bring it back.
    await expect(fixture.platform.database.db.updateTable('venue_codes').set({ revoked_at: null, revoked_by: null, revoked_reason: null }).where('id', '=', plainId).execute()).rejects.toThrow();
    // The other code is untouched.
    expect((await resolvePublicly(tokenOf(northId))).statusCode).toBe(200);
  });

  test('tampered, forged, malformed and unknown tokens all get the same 404, and ingestion learns why', async () => {
    const genuine = tokenOf(northId);
    const [prefix, payload, signature] = genuine.split('.') as [string, string, string];
    const flip = (text: string) => (text[0] === 'A' ? 'B' : 'A') + text.slice(1);
    const cases: [string, string][] = [
      [`${prefix}.${flip(payload)}.${signature}`, 'bad-signature'],
      [`${prefix}.${payload}.${flip(signature)}`, 'bad-signature'],
      [signVenueToken(deriveKey(Buffer.alloc(32, 7), TOKEN_KEY_PURPOSE), { codeId: northId, venueId }), 'bad-signature'],
      [genuine.slice(0, -3), 'malformed'],
      [`bv9.${payload}.${signature}`, 'malformed'],
      [northId, 'malformed'],
      ['', 'malformed'],
      [tokenOf(newId()), 'unknown'],
      // A genuine code id paired with another venue is not a token this platform issued.
      [tokenOf(northId, buildingId), 'unknown'],
      [tokenOf(plainId), 'revoked'],
    ];
    const answers = [];
    for (const [token, problem] of cases) {
      expect(await resolveVenueToken(fixture.platform, token), token).toEqual({ problem });
      const response = await resolvePublicly(token);
      expect(response.statusCode, token).toBe(404);
      answers.push(problemOf(response));
    }
    for (const answer of answers) expect(answer).toEqual({ ...answers[0] });
    expect(answers[0]).toMatchObject({ code: 'BULWARK_NOT_FOUND', detail: 'venue code not found', errors: [] });
  });

  test('a community worker of another village gets 404 for the venue and its codes, exactly like a missing id', async () => {
    const calls: [string, 'GET' | 'POST', (id: string) => string, unknown][] = [
      ['issue', 'POST', (id) => `/api/v1/places/${id}/codes`, { label: '偷偷' }],
      ['list', 'GET', (id) => `/api/v1/places/${id}/codes`, undefined],
    ];
    for (const [name, method, url, body] of calls) {
      const hidden = await fixture.request(neighbour, method, url(venueId), body);
      const missing = await fixture.request(neighbour, method, url(MISSING_ID), body);
      expect(hidden.statusCode, name).toBe(404);
      expect(problemOf(hidden), name).toEqual(problemOf(missing));
    }
    const codeCalls: [string, 'GET' | 'POST', (id: string) => string, unknown][] = [
      ['revoke', 'POST', (id) => `/api/v1/venue-codes/${id}/revoke`, { reason: '邻村越权撤销' }],
      ['qr', 'GET', (id) => `/api/v1/venue-codes/${id}/qr?format=svg`, undefined],
    ];
    for (const [name, method, url, body] of codeCalls) {
      const hidden = await fixture.request(neighbour, method, url(northId), body);
      const missing = await fixture.request(neighbour, method, url(MISSING_ID), body);
      expect(hidden.statusCode, name).toBe(404);
      expect(problemOf(hidden), name).toEqual(problemOf(missing));
    }
    const stored = await fixture.platform.database.db.selectFrom('venue_codes').selectAll().where('venue_id', '=', venueId).orderBy('id').execute();
    expect(stored.map((row) => [row.id, row.revoked_at === null])).toEqual([[northId, true], [plainId, false]]);
    const refused = (await auditOf('venue-codes.revoke')).filter((record) => record.outcome === 'denied');
    expect(refused.map((record) => JSON.parse(record.detail).target)).toEqual([northId, MISSING_ID]);
  });
});
