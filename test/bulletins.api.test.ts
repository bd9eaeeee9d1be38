import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeEachDialect } from './databases.ts';
import { createFixture, type Fixture } from './fixture.ts';

const figures = (newConfirmed: number, testsReported = 1000) => ({ newConfirmed, newAsymptomatic: 1, newRecovered: 2, underObservation: 30, testsReported });

describeEachDialect('bulletins through the API', (dialect) => {
  let fixture: Fixture;
  let command: string;
  let countyAdmin: string;
  let personName = '';
  let personId = '';

  const publish = (token: string, body: Record<string, unknown>) => fixture.request(token, 'POST', '/api/v1/bulletins', body);

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    command = await fixture.tokenFor('command_staff', '140703');
    countyAdmin = await fixture.tokenFor('administrator', '140700');
    // A person and a household, so that the public answers can be shown to carry neither.
    const worker = await fixture.tokenFor('community_worker', '140703001001');
    const building = await fixture.request(worker, 'POST', '/api/v1/places', { kind: 'building', name: '公告楼', jurisdictionCode: '140703001001', address: '东关街7号' });
    await fixture.request(worker, 'POST', '/api/v1/places', { kind: 'household', name: '公告户', parentId: building.json().id });
    personName = '公告测试人';
    personId = (await fixture.request(worker, 'POST', '/api/v1/people', { name: personName, documentType: 'passport', documentNumber: 'B0000001', jurisdictionCode: '140703001001' })).json().id;
  });
  afterAll(() => fixture.close());

  test('a publication is stored as version 1 with who published it and when', async () => {
    const response = await publish(command, { jurisdictionCode: '140703', date: '2026-11-22', figures: figures(3), note: '  全区情况  ' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ jurisdictionCode: '140703', date: '2026-11-22', figures: figures(3), note: '全区情况', version: 1, publishedAt: '2026-11-24T08:00:00.000Z' });
    expect(response.json().publishedBy).toMatch(/^command_staff\./);
  });

  test('a second publication for the day is a correction: version 2 supersedes for the public, both are kept', async () => {
    const first = await publish(command, { jurisdictionCode: '140703', date: '2026-11-23', figures: figures(7) });
    fixture.clock.advance(60_000);
    const second = await publish(command, { jurisdictionCode: '140703', date: '2026-11-23', figures: figures(6, 1500), note: '更正' });
    fixture.clock.advance(-60_000);
    expect([first.json().version, second.json().version]).toEqual([1, 2]);
    const listed = (await fixture.request(command, 'GET', '/api/v1/bulletins?jurisdiction=140703&from=2026-11-23&to=2026-11-23')).json();
    expect(listed.items.map((item: { version: number; figures: { newConfirmed: number } }) => [item.version, item.figures.newConfirmed])).toEqual([[2, 6], [1, 7]]);
    const shown = (await fixture.request(null, 'GET', '/api/v1/public/bulletin?jurisdiction=140703')).json();
    expect(shown.latest).toEqual({ date: '2026-11-23', figures: figures(6, 1500), note: '更正', publishedAt: '2026-11-24T08:01:00.000Z', version: 2 });
    expect(shown.series).toEqual([{ date: '2026-11-22', figures: figures(3) }, { date: '2026-11-23', figures: figures(6, 1500) }]);
    expect(shown.totals).toEqual({ newConfirmed: 9, newAsymptomatic: 2, newRecovered: 4, underObservation: 60, testsReported: 2500 });
  });

  test('figures are never published for a village or township, naming the field', async () => {
    for (const code of ['140703001001', '140703001']) {
      const response = await publish(command, { jurisdictionCode: code, date: '2026-11-23', figures: figures(1) });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'jurisdictionCode', problem: expect.stringContaining('published for a whole province, city or county only') }]);
    }
  });

  test('outside the subtree, a future date, bad figures and unknown fields are refused, each naming its field', async () => {
    const sibling = await publish(command, { jurisdictionCode: '1407031', date: '2026-11-23', figures: figures(1) });
    expect(sibling.json().errors).toEqual([{ field: 'jurisdictionCode', problem: 'is not a jurisdiction within your scope' }]);
    const above = await publish(command, { jurisdictionCode: '140700', date: '2026-11-23', figures: figures(1) });
    expect(above.json().errors).toEqual([{ field: 'jurisdictionCode', problem: 'is not a jurisdiction within your scope' }]);
    const future = await publish(command, { jurisdictionCode: '140703', date: '2026-11-25', figures: figures(1) });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([{ field: 'date', problem: 'is in the future: today is 2026-11-24 in UTC' }]);
    const bad = await publish(command, { jurisdictionCode: '140703', date: '2026-11-23', figures: { ...figures(1), newConfirmed: -1, testsReported: 1.5, extra: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'figures.newConfirmed', problem: 'must not be negative' },
        { field: 'figures.testsReported', problem: 'must be a whole number' },
        { field: 'figures.extra', problem: 'is not a field that can be set here' },
      ]),
    );
    const worker = await fixture.tokenFor('community_worker', '140703');
    expect((await publish(worker, { jurisdictionCode: '140703', date: '2026-11-23', figures: figures(1) })).statusCode).toBe(403);
  });

  test('a city publishes for itself and its counties; staff lists are scoped to the subtree', async () => {
    expect((await publish(countyAdmin, { jurisdictionCode: '140700', date: '2026-11-23', figures: figures(20) })).statusCode).toBe(201);
    fixture.clock.advance(120_000);
    expect((await publish(countyAdmin, { jurisdictionCode: '1407031', date: '2026-11-24', figures: figures(0) })).statusCode).toBe(201);
    fixture.clock.advance(-120_000);
    const codes = async (token: string, query = '') => ((await fixture.request(token, 'GET', `/api/v1/bulletins${query}`)).json().items as { jurisdictionCode: string }[]).map((item) => item.jurisdictionCode);
    expect(await codes(countyAdmin)).toEqual(['1407031', '140700', '140703', '140703', '140703']);
    expect(await codes(command)).toEqual(['140703', '140703', '140703']);
    const villageWorker = await fixture.tokenFor('auditor', '140703001001');
    expect(await codes(villageWorker)).toEqual([]);
    expect((await fixture.request(command, 'GET', '/api/v1/bulletins?jurisdiction=1407031')).statusCode).toBe(404);
    expect((await fixture.request(command, 'GET', '/api/v1/bulletins?from=2026-11-24&to=2026-11-01')).json().errors).toEqual([{ field: 'from', problem: 'must not be after to' }]);
  });

  test('the staff list pages newest first without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await fixture.request(countyAdmin, 'GET', `/api/v1/bulletins?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = (await fixture.request(countyAdmin, 'GET', '/api/v1/bulletins?limit=500')).json().items.map((item: { id: string }) => item.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(5);
    expect([...all].sort().reverse()).toEqual(all);
  });

  test('the public bulletin needs no login: by default the jurisdiction that published last, with the selector', async () => {
    const response = await fixture.request(null, 'GET', '/api/v1/public/bulletin');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      jurisdiction: { code: '1407031', name: '测试区', level: 'county' },
      latest: { date: '2026-11-24', version: 1 },
      riskAreas: [],
      published: [
        { code: '140700', name: '晋中市', level: 'city' },
        { code: '140703', name: '太谷区', level: 'county' },
        { code: '1407031', name: '测试区', level: 'county' },
      ],
    });
    const quiet = (await fixture.request(null, 'GET', '/api/v1/public/bulletin?jurisdiction=140703001')).json();
    expect(quiet).toMatchObject({ jurisdiction: { code: '140703001', level: 'township' }, latest: null, series: [] });
    expect(quiet.totals).toEqual({ newConfirmed: 0, newAsymptomatic: 0, newRecovered: 0, underObservation: 0, testsReported: 0 });
    expect((await fixture.request(null, 'GET', '/api/v1/public/bulletin?jurisdiction=Z404')).statusCode).toBe(404);
  });

  test('open data is every version in force, as CSV or JSON attachments', async () => {
    const csv = await fixture.request(null, 'GET', '/api/v1/public/open-data/bulletins');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="bulletins.csv"');
    expect(csv.body.split('\r\n')).toEqual([
      'jurisdiction_code,jurisdiction_name,date,new_confirmed,new_asymptomatic,new_recovered,under_observation,tests_reported,version,published_at',
      '140700,晋中市,2026-11-23,20,1,2,30,1000,1,2026-11-24T08:00:00.000Z',
      '140703,太谷区,2026-11-22,3,1,2,30,1000,1,2026-11-24T08:00:00.000Z',
      '140703,太谷区,2026-11-23,6,1,2,30,1500,2,2026-11-24T08:01:00.000Z',
      '1407031,测试区,2026-11-24,0,1,2,30,1000,1,2026-11-24T08:02:00.000Z',
      '',
    ]);
    const json = await fixture.request(null, 'GET', '/api/v1/public/open-data/bulletins?format=json');
    expect(json.headers['content-disposition']).toBe('attachment; filename="bulletins.json"');
    expect(json.json().items).toHaveLength(4);
    expect(json.json().items[2]).toEqual({ jurisdictionCode: '140703', jurisdictionName: '太谷区', date: '2026-11-23', figures: figures(6, 1500), version: 2, publishedAt: '2026-11-24T08:01:00.000Z' });
    expect((await fixture.request(null, 'GET', '/api/v1/public/open-data/bulletins?format=xml')).json().errors[0].field).toBe('querystring.format');
  });

  test('public answers carry no personal data and no staff names', async () => {
    const answers = await Promise.all(['/api/v1/public/bulletin?jurisdiction=140703', '/api/v1/public/open-data/bulletins?format=json', '/api/v1/public/open-data/bulletins'].map((url) => fixture.request(null, 'GET', url)));
    for (const answer of answers) {
      expect(answer.statusCode).toBe(200);
      for (const secret of [personName, personId, '公告户', '东关街7号', 'command_staff.', 'administrator.', 'publishedBy']) expect(answer.body).not.toContain(secret);
    }
  });
});
