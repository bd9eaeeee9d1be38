import { sql } from 'kysely';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { findBuiltInProtocol } from '../src/protocol/built-in.ts';
import { protocolInForce } from '../src/protocol/service.ts';
import { describeEachDialect } from './databases.ts';
import { createFixture, type Fixture } from './fixture.ts';

const NINTH = 'cn-national-9th-2022-06';
const TWENTY = 'cn-20-measures-2022-11';
const TEMPLATE = 'generic-respiratory-template';
/** Villages of the fixture tree: two under township 140703001, one under 140703002, all in county 140703. */
const VILLAGE = '140703001001';
const NEIGHBOUR_VILLAGE = '140703001002';
const OTHER_TOWNSHIP_VILLAGE = '140703002001';

describeEachDialect('protocols through the API', (dialect) => {
  let fixture: Fixture;
  let command: string;
  let villageWorker: string;

  const assign = (token: string, body: Record<string, unknown>) => fixture.request(token, 'POST', '/api/v1/protocol-assignments', body);
  const inForce = async (code: string, date: string, token = command) => {
    const response = await fixture.request(token, 'GET', `/api/v1/jurisdictions/${code}/protocol?date=${date}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    return [body.document.id, body.basis, body.assignment?.jurisdictionCode ?? null];
  };

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    command = await fixture.tokenFor('command_staff', '140703');
    villageWorker = await fixture.tokenFor('community_worker', VILLAGE);
  });
  afterAll(() => fixture.close());

  test('without any assignment, the newest national document in force on the date applies', async () => {
    expect(await inForce(VILLAGE, '2026-11-24')).toEqual([TWENTY, 'national_default', null]);
    expect(await inForce(VILLAGE, '2022-08-01')).toEqual([NINTH, 'national_default', null]);
    const before = await fixture.request(command, 'GET', `/api/v1/jurisdictions/${VILLAGE}/protocol?date=2022-01-01`);
    expect(before.statusCode).toBe(404);
    // Without a date: today in the jurisdiction (the fixture's clock).
    expect((await fixture.request(command, 'GET', `/api/v1/jurisdictions/${VILLAGE}/protocol`)).json()).toMatchObject({ date: '2026-11-24', basis: 'national_default' });
  });

  test('an assignment is stored with who made it, when and why, and audited as a change', async () => {
    const response = await assign(command, { jurisdictionCode: '140703', protocolId: TEMPLATE, effectiveFrom: '2026-12-01', reason: '  演练：换用通用模板  ' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ jurisdictionCode: '140703', protocolId: TEMPLATE, effectiveFrom: '2026-12-01', reason: '演练：换用通用模板', createdAt: '2026-11-24T08:00:00.000Z' });
    expect(response.json().assignedBy).toMatch(/^command_staff\./);
    const audit = await fixture.platform.database.db.selectFrom('audit_log').select(['operation', 'outcome', 'detail']).where('operation', '=', 'protocols.assign').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.outcome).toBe('allowed');
    expect(JSON.parse(audit[0]!.detail)).toEqual({ assignmentId: response.json().id, jurisdiction: '140703', protocolId: TEMPLATE, effectiveFrom: '2026-12-01' });
  });

  test('the nearest jurisdiction with an assignment in force wins, and not before its effective date', async () => {
    expect((await assign(command, { jurisdictionCode: '140703001', protocolId: NINTH, effectiveFrom: '2026-12-10', reason: '镇级演练' })).statusCode).toBe(201);
    expect((await assign(command, { jurisdictionCode: VILLAGE, protocolId: TWENTY, effectiveFrom: '2026-12-20', reason: '村级演练' })).statusCode).toBe(201);
    expect(await inForce(VILLAGE, '2026-11-30')).toEqual([TWENTY, 'national_default', null]);
    expect(await inForce(VILLAGE, '2026-12-01')).toEqual([TEMPLATE, 'assignment', '140703']);
    expect(await inForce(VILLAGE, '2026-12-10')).toEqual([NINTH, 'assignment', '140703001']);
    expect(await inForce(NEIGHBOUR_VILLAGE, '2026-12-10')).toEqual([NINTH, 'assignment', '140703001']);
    expect(await inForce(OTHER_TOWNSHIP_VILLAGE, '2026-12-10')).toEqual([TEMPLATE, 'assignment', '140703']);
    expect(await inForce(VILLAGE, '2026-12-20')).toEqual([TWENTY, 'assignment', VILLAGE]);
    expect(await inForce(NEIGHBOUR_VILLAGE, '2026-12-20')).toEqual([NINTH, 'assignment', '140703001']);
    // A later assignment on the county takes over where nothing nearer applies.
    expect((await assign(command, { jurisdictionCode: '140703', protocolId: TWENTY, effectiveFrom: '2027-01-01', reason: '恢复全国方案' })).statusCode).toBe(201);
    expect(await inForce(OTHER_TOWNSHIP_VILLAGE, '2026-12-31')).toEqual([TEMPLATE, 'assignment', '140703']);
    expect(await inForce(OTHER_TOWNSHIP_VILLAGE, '2027-01-01')).toEqual([TWENTY, 'assignment', '140703']);
    // The sibling county is untouched.
    expect(await inForce('1407031001', '2027-01-01', await fixture.tokenFor('command_staff', '1407031'))).toEqual([TWENTY, 'national_default', null]);
  });

  test('other modules get the same document through protocolInForce, shared and frozen', async () => {
    const document = await protocolInForce(fixture.platform, VILLAGE, '2026-12-10');
    expect(document).toBe(findBuiltInProtocol(NINTH));
    expect(Object.isFrozen(document.tracing)).toBe(true);
    expect((await protocolInForce(fixture.platform, '1407031001', '2026-12-10')).id).toBe(TWENTY);
    await expect(protocolInForce(fixture.platform, 'Z404', '2026-12-10')).rejects.toMatchObject({ code: 'BULWARK_NOT_FOUND' });
    await expect(protocolInForce(fixture.platform, VILLAGE, '2026-12-1')).rejects.toMatchObject({ code: 'BULWARK_VALIDATION' });
  });

  test('a date in the past is refused naming effectiveFrom; today is allowed', async () => {
    const past = await assign(command, { jurisdictionCode: VILLAGE, protocolId: NINTH, effectiveFrom: '2026-11-23', reason: '改写历史' });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors).toEqual([{ field: 'effectiveFrom', problem: 'is in the past: today is 2026-11-24 in UTC, and what was in force on a past day is never rewritten' }]);
    expect((await assign(command, { jurisdictionCode: OTHER_TOWNSHIP_VILLAGE, protocolId: NINTH, effectiveFrom: '2026-11-24', reason: '今日起' })).statusCode).toBe(201);
    expect(await inForce(OTHER_TOWNSHIP_VILLAGE, '2026-11-24')).toEqual([NINTH, 'assignment', OTHER_TOWNSHIP_VILLAGE]);
  });

  test('an unknown protocol, one not yet in effect, and bad fields are refused, each naming its field', async () => {
    const unknown = await assign(command, { jurisdictionCode: VILLAGE, protocolId: 'cn-national-10th', effectiveFrom: '2026-11-20', reason: '未知' });
    expect(unknown.json().errors.map((error: { field: string }) => error.field)).toEqual(['protocolId', 'effectiveFrom']);
    // The template is published on 2026-11-25 and cannot apply earlier.
    const early = await assign(command, { jurisdictionCode: VILLAGE, protocolId: TEMPLATE, effectiveFrom: '2026-11-24', reason: '提前' });
    expect(early.json().errors).toEqual([{ field: 'effectiveFrom', problem: `is before ${TEMPLATE} takes effect (2026-11-25)` }]);
    const bad = await assign(command, { jurisdictionCode: VILLAGE, protocolId: NINTH, effectiveFrom: '2026-13-01', reason: ' ', assignedBy: 'someone' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((error: { field: string }) => error.field).sort()).toEqual(['assignedBy', 'effectiveFrom', 'reason']);
  });

  test('assignments are made within the subtree only: outside is a 400 naming jurisdictionCode, other roles 403', async () => {
    for (const code of ['1407031', '140700', 'Z404']) {
      const response = await assign(command, { jurisdictionCode: code, protocolId: NINTH, effectiveFrom: '2026-12-01', reason: '越权' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'jurisdictionCode', problem: 'is not a jurisdiction within your scope' }]);
    }
    const admin = await fixture.tokenFor('administrator', '140703002');
    expect((await assign(admin, { jurisdictionCode: OTHER_TOWNSHIP_VILLAGE, protocolId: TWENTY, effectiveFrom: '2026-12-02', reason: '镇管理员' })).statusCode).toBe(201);
    expect((await assign(admin, { jurisdictionCode: VILLAGE, protocolId: TWENTY, effectiveFrom: '2026-12-02', reason: '邻镇' })).json().errors[0].field).toBe('jurisdictionCode');
    for (const role of ['community_worker', 'epidemiologist', 'auditor'] as const) {
      const token = await fixture.tokenFor(role, '140703');
      expect((await assign(token, { jurisdictionCode: VILLAGE, protocolId: NINTH, effectiveFrom: '2026-12-01', reason: '无权' })).statusCode).toBe(403);
    }
  });

  test('staff see assignments and the protocol in force within their scope (ancestors included for the latter)', async () => {
    const codes = async (token: string, query = '') => ((await fixture.request(token, 'GET', `/api/v1/protocol-assignments${query}`)).json().items as { jurisdictionCode: string }[]).map((item) => item.jurisdictionCode);
    expect(await codes(command)).toEqual(['140703002001', '140703002001', '140703', VILLAGE, '140703001', '140703']);
    expect(await codes(command, '?jurisdiction=140703001')).toEqual([VILLAGE, '140703001']);
    expect(await codes(villageWorker)).toEqual([VILLAGE]);
    expect((await fixture.request(command, 'GET', '/api/v1/protocol-assignments?jurisdiction=1407031')).statusCode).toBe(404);
    // The village worker sees what governs the village, though the assignment sits on the township.
    expect(await inForce(VILLAGE, '2026-12-10', villageWorker)).toEqual([NINTH, 'assignment', '140703001']);
    expect((await fixture.request(villageWorker, 'GET', `/api/v1/jurisdictions/${NEIGHBOUR_VILLAGE}/protocol`)).statusCode).toBe(404);
    const operator = await fixture.request(await fixture.tokenFor('venue_operator', VILLAGE), 'GET', '/api/v1/protocols');
    expect(operator.json().items.map((item: { id: string }) => item.id)).toEqual([NINTH, TWENTY, TEMPLATE]);
    expect((await fixture.request(villageWorker, 'GET', `/api/v1/protocols/${NINTH}`)).json().measures.closeContact.days).toMatchObject({ value: 7 });
    expect((await fixture.request(villageWorker, 'GET', '/api/v1/protocols/cn-national-10th')).statusCode).toBe(404);
  });

  test('the public sees every document and every assignment with its effective date, without login or staff names', async () => {
    const response = await fixture.request(null, 'GET', '/api/v1/public/protocols');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.documents.map((document: { id: string; effectiveFrom: string }) => [document.id, document.effectiveFrom])).toEqual([
      [NINTH, '2022-06-28'],
      [TWENTY, '2022-11-11'],
      [TEMPLATE, '2026-11-25'],
    ]);
    expect(body.assignments.map((item: { jurisdiction: { code: string }; protocolId: string; effectiveFrom: string }) => [item.jurisdiction.code, item.protocolId, item.effectiveFrom])).toEqual([
      ['140703', TWENTY, '2027-01-01'],
      [VILLAGE, TWENTY, '2026-12-20'],
      ['140703001', NINTH, '2026-12-10'],
      [OTHER_TOWNSHIP_VILLAGE, TWENTY, '2026-12-02'],
      ['140703', TEMPLATE, '2026-12-01'],
      [OTHER_TOWNSHIP_VILLAGE, NINTH, '2026-11-24'],
    ]);
    expect(body.assignments[0]).toEqual({ jurisdiction: { code: '140703', name: '太谷区', level: 'county' }, protocolId: TWENTY, effectiveFrom: '2027-01-01', reason: '恢复全国方案', createdAt: '2026-11-24T08:00:00.000Z' });
    for (const secret of ['command_staff.', 'administrator.', 'assignedBy']) expect(response.body).not.toContain(secret);
  });

  test('assignments are append-only in the database itself', async () => {
    const db = fixture.platform.database.db;
    await expect(sql`update protocol_assignments set protocol_id = ${NINTH}`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from protocol_assignments`.execute(db)).rejects.toThrow(/append-only/);
    expect((await db.selectFrom('protocol_assignments').select('id').execute()).length).toBe(6);
  });
});
