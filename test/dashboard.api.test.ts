import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeEachDialect } from './databases.ts';
import { composeResidentId, createFixture, type Fixture } from './fixture.ts';

const VILLAGE = '140703001001';
const SIBLING_VILLAGE = '140703001002';
const OTHER_TOWNSHIP_VILLAGE = '140703002001';

describeEachDialect('the dashboard through the API', (dialect) => {
  let fixture: Fixture;
  let worker: string;
  let command: string;
  const names: string[] = [];

  async function person(token: string, body: Record<string, unknown>): Promise<void> {
    const response = await fixture.request(token, 'POST', '/api/v1/people', { documentType: 'passport', ...body });
    expect(response.statusCode, response.body).toBe(201);
    names.push(String(body.name));
  }

  async function place(token: string, body: Record<string, unknown>): Promise<string> {
    const response = await fixture.request(token, 'POST', '/api/v1/places', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  }

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    worker = await fixture.tokenFor('community_worker', VILLAGE);
    command = await fixture.tokenFor('command_staff', '140703');
    const maker = await fixture.tokenFor('community_worker', '140703');
    // Today is 2026-11-24 (the fixture's clock; the test tree's time zone is UTC).
    const resident = (birthDate: string, sequence: number) => ({ documentType: 'resident_id', documentNumber: composeResidentId('140703', birthDate, sequence) });
    await person(maker, { name: '仪表甲', ...resident('1950-03-07', 101), jurisdictionCode: VILLAGE });
    await person(maker, { name: '仪表乙', ...resident('1966-11-24', 102), jurisdictionCode: VILLAGE });
    await person(maker, { name: '仪表丙', ...resident('1966-11-25', 104), jurisdictionCode: VILLAGE });
    await person(maker, { name: '仪表丁', ...resident('2025-05-05', 105), jurisdictionCode: VILLAGE });
    await person(maker, { name: '仪表戊', documentNumber: 'D0000001', priorityGroups: ['disabled'], jurisdictionCode: VILLAGE });
    await person(maker, { name: '仪表己', ...resident('1990-01-01', 106), priorityGroups: ['pregnant'], jurisdictionCode: VILLAGE });
    await person(maker, { name: '仪表庚', documentNumber: 'D0000002', sex: 'female', birthDate: '1980-06-01', jurisdictionCode: SIBLING_VILLAGE });
    await person(maker, { name: '仪表辛', documentNumber: 'D0000003', jurisdictionCode: SIBLING_VILLAGE });
    await person(maker, { name: '仪表壬', documentNumber: 'D0000004', sex: 'male', birthDate: '2000-01-01', jurisdictionCode: OTHER_TOWNSHIP_VILLAGE });
    // Two days ago, one more person in the village.
    fixture.clock.set(new Date('2026-11-22T12:00:00.000Z'));
    await person(maker, { name: '仪表癸', documentNumber: 'D0000005', sex: 'male', birthDate: '2010-03-03', jurisdictionCode: VILLAGE });
    fixture.clock.set(new Date('2026-11-24T08:00:00.000Z'));

    const compound = await place(maker, { kind: 'compound', name: '仪表小区', jurisdictionCode: VILLAGE });
    const building = await place(maker, { kind: 'building', name: '1号楼', parentId: compound });
    const unit = await place(maker, { kind: 'unit', name: '1单元', parentId: building });
    await place(maker, { kind: 'household', name: '101', parentId: unit });
    await place(maker, { kind: 'household', name: '102', parentId: unit });
    await place(maker, { kind: 'venue', venueType: 'pharmacy', name: '仪表药店', jurisdictionCode: VILLAGE });
    await place(maker, { kind: 'venue', venueType: 'fever_clinic', name: '仪表发热门诊', jurisdictionCode: VILLAGE });
    const house = await place(maker, { kind: 'building', name: '西关3号', jurisdictionCode: SIBLING_VILLAGE });
    await place(maker, { kind: 'household', name: '户', parentId: house });
    await place(maker, { kind: 'venue', venueType: 'school', name: '西关小学', jurisdictionCode: SIBLING_VILLAGE });
    await place(maker, { kind: 'venue', venueType: 'market', name: '胡村集市', jurisdictionCode: OTHER_TOWNSHIP_VILLAGE });
  });
  afterAll(() => fixture.close());

  test('a community worker’s dashboard counts the village’s records exactly', async () => {
    const response = await fixture.request(worker, 'GET', '/api/v1/dashboard');
    expect(response.statusCode, response.body).toBe(200);
    const dashboard = response.json();
    expect(dashboard.jurisdiction).toMatchObject({ code: VILLAGE, level: 'village' });
    expect(dashboard.generatedAt).toBe('2026-11-24T08:00:00.000Z');
    expect(dashboard.population).toEqual({
      people: 7,
      households: 2,
      bySex: { male: 3, female: 3, unknown: 1 },
      // Born 1966-11-24 is 60 today, born 1966-11-25 still 59.
      byAgeBand: [
        { band: '0-9', count: 1 },
        { band: '10-19', count: 1 },
        { band: '20-29', count: 0 },
        { band: '30-39', count: 1 },
        { band: '40-49', count: 0 },
        { band: '50-59', count: 1 },
        { band: '60-69', count: 1 },
        { band: '70-79', count: 1 },
        { band: '80+', count: 0 },
      ],
      unknownAge: 1,
      byPriorityGroup: { aged_60_plus: 2, infant: 1, pregnant: 1, chronic_illness: 0, critical_illness: 0, regular_treatment: 0, disabled: 1 },
    });
    const { venuesByType, ...places } = dashboard.places;
    expect(places).toEqual({ compounds: 1, buildings: 1, units: 1, households: 2, venues: 2 });
    expect(Object.keys(venuesByType)).toHaveLength(23);
    expect(Object.entries(venuesByType).filter(([, count]) => count !== 0)).toEqual([['fever_clinic', 1], ['pharmacy', 1]]);
    expect(dashboard.children).toEqual([]);
  });

  test('series cover the last 30 local days with zeros filled', async () => {
    const { series } = (await fixture.request(worker, 'GET', '/api/v1/dashboard')).json();
    expect(series.map((item: { metric: string }) => item.metric)).toEqual(['people_registered', 'new_confirmed', 'new_asymptomatic', 'under_observation', 'tests_reported']);
    for (const item of series) {
      expect(item.points).toHaveLength(30);
      expect(item.points[0].date).toBe('2026-10-26');
      expect(item.points[29].date).toBe('2026-11-24');
    }
    const registered = Object.fromEntries(series[0].points.filter((point: { value: number }) => point.value !== 0).map((point: { date: string; value: number }) => [point.date, point.value]));
    expect(registered).toEqual({ '2026-11-22': 1, '2026-11-24': 6 });
    for (const item of series.slice(1)) expect(item.points.every((point: { value: number }) => point.value === 0)).toBe(true);
  });

  test('a community worker never gets another village’s or the township’s aggregates: 404 like a missing code', async () => {
    const missing = await fixture.request(worker, 'GET', '/api/v1/dashboard?jurisdiction=Z404');
    expect(missing.statusCode).toBe(404);
    for (const code of [SIBLING_VILLAGE, '140703001', '140703', '1407031']) {
      const response = await fixture.request(worker, 'GET', `/api/v1/dashboard?jurisdiction=${code}`);
      expect(response.statusCode, code).toBe(404);
      expect({ ...response.json(), instance: null }).toEqual({ ...missing.json(), instance: null });
    }
  });

  test('a county dashboard sums the subtree and each direct child by code', async () => {
    const dashboard = (await fixture.request(command, 'GET', '/api/v1/dashboard')).json();
    expect(dashboard.jurisdiction.code).toBe('140703');
    expect(dashboard.population).toMatchObject({ people: 10, households: 3, bySex: { male: 4, female: 4, unknown: 2 }, unknownAge: 2 });
    expect(dashboard.places).toMatchObject({ compounds: 1, buildings: 2, units: 1, households: 3, venues: 4 });
    expect(dashboard.children).toEqual([
      { code: '140703001', name: '明星镇', level: 'township', people: 9, venues: 3 },
      { code: '140703002', name: '胡村镇', level: 'township', people: 1, venues: 1 },
    ]);
    const township = (await fixture.request(command, 'GET', '/api/v1/dashboard?jurisdiction=140703001')).json();
    expect(township.children).toEqual([
      { code: VILLAGE, name: '东关社区', level: 'village', people: 7, venues: 2 },
      { code: SIBLING_VILLAGE, name: '西关社区', level: 'village', people: 2, venues: 1 },
    ]);
    const text = JSON.stringify(dashboard);
    for (const name of names) expect(text).not.toContain(name);
  });

  test('published figures of the jurisdiction appear in its series, the correction in force', async () => {
    const publish = (newConfirmed: number) =>
      fixture.request(command, 'POST', '/api/v1/bulletins', { jurisdictionCode: '140703', date: '2026-11-23', figures: { newConfirmed, newAsymptomatic: 2, newRecovered: 0, underObservation: 40, testsReported: 1200 } });
    expect((await publish(4)).statusCode).toBe(201);
    expect((await publish(5)).statusCode).toBe(201);
    const { series } = (await fixture.request(command, 'GET', '/api/v1/dashboard')).json();
    const valueOn = (metric: string, date: string) => series.find((item: { metric: string }) => item.metric === metric).points.find((point: { date: string }) => point.date === date).value;
    expect([valueOn('new_confirmed', '2026-11-23'), valueOn('new_asymptomatic', '2026-11-23'), valueOn('under_observation', '2026-11-23'), valueOn('tests_reported', '2026-11-23')]).toEqual([5, 2, 40, 1200]);
    expect(valueOn('new_confirmed', '2026-11-24')).toBe(0);
  });

  test('roles without the dashboard are refused', async () => {
    for (const role of ['testing_operator', 'auditor'] as const) {
      const token = await fixture.tokenFor(role, '140703');
      expect((await fixture.request(token, 'GET', '/api/v1/dashboard')).statusCode).toBe(403);
    }
  });
});
