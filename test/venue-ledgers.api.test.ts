import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { venueWithCode } from './checkin-helpers.ts';
import { describeEachDialect } from './databases.ts';
import { composeResidentId, createFixture, type Fixture } from './fixture.ts';

/** A village keeping China's time, imported for these tests: the fixture's own tree keeps UTC. */
const VILLAGE = '140703001003';
const SIBLING_VILLAGE = '140703001002';
const MISSING_ID = '01a20c00-0000-7000-8000-00000000dead';
/** 02:00 on 2026-11-26 in Shanghai, while it is still 2026-11-25 in UTC. */
const NOW = '2026-11-25T18:00:00.000Z';
const TODAY = '2026-11-26';
const YESTERDAY = '2026-11-25';

const allCompliant = { masks: { outcome: 'compliant' }, ventilation: { outcome: 'compliant' }, disinfection: { outcome: 'compliant' }, distancing: { outcome: 'compliant' } };

describeEachDialect('venue ledgers through the API', (dialect) => {
  let fixture: Fixture;
  let maker = '';
  let operator = '';
  let worker = '';
  let neighbour = '';
  let venueId = '';
  let buildingId = '';
  let siblingVenueId = '';
  let feverishPersonId = '';
  let morningId = '';
  let eveningId = '';

  const fieldsOf = (response: LightMyRequestResponse) => (response.json().errors as { field: string }[]).map((error) => error.field);
  const problemOf = (response: LightMyRequestResponse) => {
    const { instance: _instance, ...rest } = response.json() as Record<string, unknown>;
    return rest;
  };
  const record = (token: string, body: unknown, place = venueId, headers?: Record<string, string>) => fixture.request(token, 'POST', `/api/v1/places/${place}/compliance-records`, body, headers);
  const storedRecords = () => fixture.platform.database.db.selectFrom('venue_compliance_records').selectAll().where('venue_id', '=', venueId).execute();

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    fixture.clock.set(new Date(NOW));
    const admin = await fixture.tokenFor('administrator', 'CN');
    const imported = await fixture.request(admin, 'POST', '/api/v1/jurisdictions/imports', `code,name,parent_code,level,time_zone\n${VILLAGE},北关社区,140703001,village,Asia/Shanghai\n`);
    expect(imported.json(), imported.body).toMatchObject({ inserted: 1 });
    maker = await fixture.tokenFor('community_worker', 'CN');
    operator = await fixture.tokenFor('venue_operator', VILLAGE);
    worker = await fixture.tokenFor('community_worker', VILLAGE);
    neighbour = await fixture.tokenFor('community_worker', SIBLING_VILLAGE);
    const shop = await venueWithCode(fixture, maker, '北关超市', VILLAGE);
    venueId = shop.venueId;
    siblingVenueId = (await venueWithCode(fixture, maker, '西关超市', SIBLING_VILLAGE)).venueId;
    const otherShop = await venueWithCode(fixture, maker, '北关药店', VILLAGE);
    buildingId = (await fixture.request(maker, 'POST', '/api/v1/places', { kind: 'building', name: '北关楼', jurisdictionCode: VILLAGE })).json().id;

    const people: string[] = [];
    for (let index = 0; index < 6; index++) {
      const created = await fixture.request(maker, 'POST', '/api/v1/people', { name: `台账人${index}`, documentType: 'resident_id', documentNumber: composeResidentId('140703', '1985-06-07', 700 + index), jurisdictionCode: VILLAGE });
      expect(created.statusCode, created.body).toBe(201);
      people.push(created.json().id);
    }
    feverishPersonId = people[2]!;
    // Yesterday in Shanghai runs from 2026-11-24T16:00Z to 2026-11-25T16:00Z.
    const items = [
      { personId: people[0], enteredAt: '2026-11-24T16:10:00.000Z' },
      { personId: people[1], enteredAt: '2026-11-25T01:30:00.000Z', exitedAt: '2026-11-25T02:00:00.000Z' },
      { personId: people[2], enteredAt: '2026-11-25T01:45:00.000Z', temperature: 38.5 },
      { personId: people[3], enteredAt: '2026-11-25T15:59:00.000Z', temperature: 36.5 },
      // Still yesterday in UTC, but today in Shanghai.
      { personId: people[4], enteredAt: '2026-11-25T17:00:00.000Z' },
      // Before yesterday began in Shanghai.
      { personId: people[5], enteredAt: '2026-11-24T15:59:00.000Z', temperature: 39 },
    ];
    const batch = await fixture.request(operator, 'POST', '/api/v1/checkins/batches', { token: shop.venueToken, items });
    expect(batch.json(), batch.body).toMatchObject({ stored: 6, rejected: 0, feverFlags: 2 });
    // Another venue of the village, the same hour: not this venue's ledger.
    const elsewhere = await fixture.request(operator, 'POST', '/api/v1/checkins/batches', { token: otherShop.venueToken, items: [{ personId: people[0], enteredAt: '2026-11-25T01:40:00.000Z', temperature: 38.8 }] });
    expect(elsewhere.json()).toMatchObject({ stored: 1, feverFlags: 1 });
  });
  afterAll(() => fixture.close());

  test('the fixture’s tree keeps UTC and the imported village Shanghai time, which the ledger’s days follow', async () => {
    expect((await fixture.request(maker, 'GET', '/api/v1/jurisdictions/140703001001')).json().timeZone).toBe('UTC');
    expect((await fixture.request(maker, 'GET', `/api/v1/jurisdictions/${VILLAGE}`)).json().timeZone).toBe('Asia/Shanghai');
  });

  test('a venue operator records a check for today where the venue is; the answer echoes it and the write is audited', async () => {
    const body = {
      date: TODAY,
      measures: { ...allCompliant, ventilation: { outcome: 'not_compliant', note: '  后门窗户紧闭  ' }, distancing: { outcome: 'not_applicable', note: '凌晨无顾客' } },
      note: '夜间巡查',
    };
    const response = await record(operator, body);
    expect(response.statusCode, response.body).toBe(201);
    const me = (await fixture.request(operator, 'GET', '/api/v1/me')).json().account.id;
    expect(response.json()).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      venueId,
      jurisdictionCode: VILLAGE,
      date: TODAY,
      checkedAt: NOW,
      measures: {
        masks: { outcome: 'compliant', note: null },
        ventilation: { outcome: 'not_compliant', note: '后门窗户紧闭' },
        disinfection: { outcome: 'compliant', note: null },
        distancing: { outcome: 'not_applicable', note: '凌晨无顾客' },
      },
      note: '夜间巡查',
      recordedBy: me,
      recordedAt: NOW,
    });
    const audited = await fixture.platform.database.db.selectFrom('audit_log').select(['outcome', 'detail', 'subject_count']).where('operation', '=', 'venue-ledgers.record').execute();
    expect(audited.map((row) => [row.outcome, JSON.parse(row.detail), Number(row.subject_count)])).toEqual([['allowed', { recordId: response.json().id, venueId, date: TODAY, notCompliant: ['ventilation'] }, 0]]);
  });

  test('a morning and an evening round of yesterday, each with the time it was made', async () => {
    const morning = await record(worker, { date: YESTERDAY, checkedAt: '2026-11-25T09:00:00+08:00', measures: { ...allCompliant, masks: { outcome: 'not_compliant', note: '收银员未戴口罩' } } });
    expect(morning.statusCode, morning.body).toBe(201);
    expect(morning.json()).toMatchObject({ date: YESTERDAY, checkedAt: '2026-11-25T01:00:00.000Z', recordedAt: NOW });
    const evening = await record(worker, { date: YESTERDAY, checkedAt: '2026-11-25T19:30:00+08:00', measures: allCompliant });
    expect(evening.statusCode, evening.body).toBe(201);
    morningId = morning.json().id;
    eveningId = evening.json().id;
  });

  test.each([
    ['an outcome not in the list', { date: TODAY, measures: { ...allCompliant, masks: { outcome: 'sometimes' } } }, ['measures.masks.outcome']],
    ['a measure left out', { date: TODAY, measures: { masks: { outcome: 'compliant' }, ventilation: { outcome: 'compliant' }, disinfection: { outcome: 'compliant' } } }, ['measures.distancing']],
    ['a measure that is not one', { date: TODAY, measures: { ...allCompliant, temperature: { outcome: 'compliant' } } }, ['measures.temperature']],
    ['a field that is not one', { date: TODAY, measures: allCompliant, inspector: '张三' }, ['inspector']],
    ['a note of more than 500 characters', { date: TODAY, measures: { ...allCompliant, ventilation: { outcome: 'compliant', note: '开'.repeat(501) } } }, ['measures.ventilation.note']],
    ['a date that is not one', { date: '2026-11-31', measures: allCompliant }, ['date']],
    ['a day still ahead in Shanghai', { date: '2026-11-27', measures: allCompliant }, ['date']],
    ['a day older than the check-in retention of 28 days', { date: '2026-10-28', checkedAt: '2026-10-28T12:00:00+08:00', measures: allCompliant }, ['date']],
    ['a time in the future', { date: TODAY, checkedAt: '2026-11-26T03:00:00+08:00', measures: allCompliant }, ['checkedAt']],
    ['a time on another day', { date: YESTERDAY, checkedAt: '2026-11-26T01:00:00+08:00', measures: allCompliant }, ['checkedAt']],
    ['a past day without the time of the check', { date: YESTERDAY, measures: allCompliant }, ['checkedAt']],
  ])('%s is refused naming its field, and nothing is stored', async (_name, body, fields) => {
    const before = (await storedRecords()).length;
    const response = await record(operator, body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().code).toBe('BULWARK_VALIDATION');
    expect(fieldsOf(response)).toEqual(fields);
    expect((await storedRecords()).length).toBe(before);
  });

  test('the oldest day retention keeps is accepted, and the error of the next older one says which it is', async () => {
    const tooOld = await record(operator, { date: '2026-10-28', checkedAt: '2026-10-28T12:00:00+08:00', measures: allCompliant });
    expect(tooOld.json().errors).toEqual([{ field: 'date', problem: 'is older than the check-in retention of 28 days (the oldest day is 2026-10-29)' }]);
    const ahead = await record(operator, { date: '2026-11-27', measures: allCompliant });
    expect(ahead.json().errors).toEqual([{ field: 'date', problem: 'is in the future: today is 2026-11-26 in Asia/Shanghai' }]);
  });

  test('a place that is not a venue is a 400 naming the id, as for venue codes: it is in scope, so its kind is no secret', async () => {
    const calls = [record(operator, { date: TODAY, measures: allCompliant }, buildingId), fixture.request(operator, 'GET', `/api/v1/places/${buildingId}/ledger`), fixture.request(operator, 'GET', `/api/v1/places/${buildingId}/compliance-records`)];
    for (const response of await Promise.all(calls)) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'id', problem: 'is a building; ledgers are kept for venues only' }]);
    }
  });

  test('a venue outside the actor’s subtree is 404 exactly like a missing id, for each operation, and nothing is stored', async () => {
    const before = await fixture.platform.database.db.selectFrom('venue_compliance_records').selectAll().execute();
    const calls: [string, 'GET' | 'POST', (id: string) => string, unknown][] = [
      ['record', 'POST', (id) => `/api/v1/places/${id}/compliance-records`, { date: TODAY, measures: allCompliant }],
      ['ledger', 'GET', (id) => `/api/v1/places/${id}/ledger`, undefined],
      ['list', 'GET', (id) => `/api/v1/places/${id}/compliance-records`, undefined],
    ];
    for (const [name, method, url, body] of calls) {
      const hidden = await fixture.request(neighbour, method, url(venueId), body);
      const missing = await fixture.request(neighbour, method, url(MISSING_ID), body);
      expect(hidden.statusCode, name).toBe(404);
      expect(problemOf(hidden), name).toEqual(problemOf(missing));
      // And the other way round: the village's operator does not reach the sibling village's venue.
      expect((await fixture.request(operator, method, url(siblingVenueId), body)).statusCode, name).toBe(404);
    }
    expect(await fixture.platform.database.db.selectFrom('venue_compliance_records').selectAll().execute()).toEqual(before);
  });

  test('a retried submission with the same Idempotency-Key stores one record and replays the first answer', async () => {
    const before = (await storedRecords()).length;
    const body = { date: TODAY, checkedAt: '2026-11-26T01:30:00+08:00', measures: allCompliant, note: '重试' };
    const first = await record(operator, body, venueId, { 'idempotency-key': 'ledger-retry-0001' });
    const second = await record(operator, body, venueId, { 'idempotency-key': 'ledger-retry-0001' });
    expect(first.statusCode, first.body).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect((await storedRecords()).length).toBe(before + 1);
    // The same check sent without a key is a second check: that is what the key is for.
    expect((await record(operator, body)).statusCode).toBe(201);
    expect((await storedRecords()).length).toBe(before + 2);
  });

  test('yesterday’s ledger counts the venue’s check-ins by Shanghai hour, lists its fever flags and its checks, and the evening round decides', async () => {
    const response = await fixture.request(worker, 'GET', `/api/v1/places/${venueId}/ledger?date=${YESTERDAY}`);
    expect(response.statusCode, response.body).toBe(200);
    const ledger = response.json();
    expect(ledger.venue).toEqual({ id: venueId, name: '北关超市', venueType: 'supermarket', jurisdictionCode: VILLAGE });
    expect([ledger.date, ledger.timeZone]).toEqual([YESTERDAY, 'Asia/Shanghai']);
    const byHour = Array.from({ length: 24 }, () => 0);
    byHour[0] = 1;
    byHour[9] = 2;
    byHour[23] = 1;
    expect(ledger.checkins).toEqual({ total: 4, withExit: 1, feverReadings: 1, byHour });
    expect(ledger.feverFlags).toEqual([
      expect.objectContaining({ personId: feverishPersonId, venueId, venueName: '北关超市', jurisdictionCode: VILLAGE, temperature: 38.5, enteredAt: '2026-11-25T01:45:00.000Z', status: 'open' }),
    ]);
    expect(ledger.compliance.records.map((item: { id: string }) => item.id)).toEqual([morningId, eveningId]);
    expect(ledger.compliance.records[0].measures.masks).toEqual({ outcome: 'not_compliant', note: '收银员未戴口罩' });
    expect(ledger.compliance.summary).toEqual({ masks: 'compliant', ventilation: 'compliant', disinfection: 'compliant', distancing: 'compliant' });
  });

  test('by default the ledger is of today in Shanghai, already begun while UTC is still on yesterday', async () => {
    const ledger = (await fixture.request(worker, 'GET', `/api/v1/places/${venueId}/ledger`)).json();
    expect(ledger.date).toBe(TODAY);
    expect(ledger.checkins).toMatchObject({ total: 1, withExit: 0, feverReadings: 0 });
    expect(ledger.checkins.byHour[1]).toBe(1);
    expect(ledger.feverFlags).toEqual([]);
    expect(ledger.compliance.records.length).toBeGreaterThanOrEqual(3);
    // The latest check of today is the one at 02:00, made after the retried one of 01:30.
    expect(ledger.compliance.summary).toEqual({ masks: 'compliant', ventilation: 'not_compliant', disinfection: 'compliant', distancing: 'not_applicable' });
    const empty = (await fixture.request(worker, 'GET', `/api/v1/places/${venueId}/ledger?date=2026-11-20`)).json();
    expect(empty.checkins).toEqual({ total: 0, withExit: 0, feverReadings: 0, byHour: Array.from({ length: 24 }, () => 0) });
    expect(empty.compliance).toEqual({ records: [], summary: { masks: null, ventilation: null, disinfection: null, distancing: null } });
  });

  test('a ledger day ahead or past retention is refused naming the date', async () => {
    for (const date of ['2026-11-27', '2026-10-28']) {
      const response = await fixture.request(worker, 'GET', `/api/v1/places/${venueId}/ledger?date=${date}`);
      expect(response.statusCode, date).toBe(400);
      expect(fieldsOf(response)).toEqual(['date']);
    }
    expect(fieldsOf(await fixture.request(worker, 'GET', `/api/v1/places/${venueId}/ledger?date=yesterday`))).toEqual(['querystring.date']);
  });

  test('reading the ledger is audited with the flagged people as subjects; roles that do not follow up flags get none, and name nobody', async () => {
    const auditor = await fixture.tokenFor('auditor', 'CN');
    const records = async () => (await fixture.request(auditor, 'GET', '/api/v1/audit?operation=venue-ledgers.ledger&limit=500')).json().items as { actorRole: string; personIds: string[]; detail: Record<string, unknown> }[];
    const withFlags = (await records()).find((item) => item.actorRole === 'community_worker' && item.detail.date === YESTERDAY);
    expect(withFlags).toMatchObject({ personIds: [feverishPersonId], detail: { venueId, date: YESTERDAY, feverFlags: 1 } });
    const operatorLedger = await fixture.request(operator, 'GET', `/api/v1/places/${venueId}/ledger?date=${YESTERDAY}`);
    expect(operatorLedger.statusCode).toBe(200);
    expect(operatorLedger.json().feverFlags).toBeNull();
    expect(operatorLedger.json().checkins.total).toBe(4);
    expect(operatorLedger.body).not.toContain(feverishPersonId);
    // Newest first: the read just made.
    const byOperator = (await records()).filter((item) => item.actorRole === 'venue_operator');
    expect(byOperator[0]).toMatchObject({ personIds: [], detail: { venueId, date: YESTERDAY, feverFlags: null } });
  });

  test('an inspector pages through the venue’s history, newest check first, within a range of days', async () => {
    const command = await fixture.tokenFor('command_staff', '140703');
    const all = await fixture.request(command, 'GET', `/api/v1/places/${venueId}/compliance-records?limit=500`);
    expect(all.statusCode, all.body).toBe(200);
    const items = all.json().items as { id: string; checkedAt: string; date: string }[];
    expect(items.map((item) => item.checkedAt)).toEqual(items.map((item) => item.checkedAt).sort().reverse());
    expect(items.map((item) => item.date).slice(-2)).toEqual([YESTERDAY, YESTERDAY]);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await fixture.request(command, 'GET', `/api/v1/places/${venueId}/compliance-records?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.statusCode, page.body).toBe(200);
      paged.push(...page.json().items.map((item: { id: string }) => item.id));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(paged).toEqual(items.map((item) => item.id));
    const yesterday = await fixture.request(command, 'GET', `/api/v1/places/${venueId}/compliance-records?from=${YESTERDAY}&to=${YESTERDAY}`);
    expect(yesterday.json().items.map((item: { id: string }) => item.id)).toEqual([eveningId, morningId]);
    expect(fieldsOf(await fixture.request(command, 'GET', `/api/v1/places/${venueId}/compliance-records?from=${TODAY}&to=${YESTERDAY}`))).toEqual(['from']);
    expect(fieldsOf(await fixture.request(command, 'GET', `/api/v1/places/${venueId}/compliance-records?cursor=bm90LWEtY3Vyc29y`))).toEqual(['cursor']);
    // Command staff read the ledger but do not record in it.
    expect((await record(command, { date: TODAY, measures: allCompliant })).statusCode).toBe(403);
  });

  test('a citizen may neither record nor read a venue’s ledger', async () => {
    const person = await fixture.request(maker, 'POST', '/api/v1/people', { name: '台账市民', documentType: 'passport', documentNumber: 'L70000001', jurisdictionCode: VILLAGE });
    const citizen = await fixture.tokenFor('citizen', person.json().id);
    expect((await record(citizen, { date: TODAY, measures: allCompliant })).statusCode).toBe(403);
    expect((await fixture.request(citizen, 'GET', `/api/v1/places/${venueId}/ledger`)).statusCode).toBe(403);
    expect((await fixture.request(citizen, 'GET', `/api/v1/places/${venueId}/compliance-records`)).statusCode).toBe(403);
  });
});
