import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importJurisdictionsCsv } from '../src/jurisdictions/service.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { describeEachDialect } from './databases.ts';
import { createFixture, type Fixture } from './fixture.ts';

/**
 * Along one meridian the great-circle distance is the arc itself: the latitude difference in radians times
 * the Earth's mean radius (6,371,008.8 m, GRS 80). Every fixture point but one shares longitude 112.5.
 */
const meridianMeters = (fromLatitude: number, toLatitude: number) => (Math.abs(toLatitude - fromLatitude) * Math.PI * 6_371_008.8) / 180;

describeEachDialect('public services and jurisdictions, without login', (dialect) => {
  let fixture: Fixture;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    const maker = await fixture.tokenFor('community_worker', 'CN');
    const add = async (key: string, body: Record<string, unknown>) => {
      const response = await fixture.request(maker, 'POST', '/api/v1/places', body);
      expect(response.statusCode, response.body).toBe(201);
      ids[key] = response.json().id;
    };
    const clinic = (name: string, jurisdictionCode: string, latitude?: number, longitude = 112.5) => ({ kind: 'venue', venueType: 'fever_clinic', name, jurisdictionCode, address: `${name} 路1号`, ...(latitude === undefined ? {} : { latitude, longitude }) });
    await add('a', clinic('Fever Clinic A', '140703001001', 37.41));
    await add('b', clinic('Fever Clinic B', '140703001002', 37.43));
    await add('c', clinic('Fever Clinic C', '140703001001', 37.35));
    await add('d', clinic('Fever Clinic D', '1407031001', 37.4, 113.5));
    await add('e', clinic('Fever Clinic E', '140703001001'));
    await add('site', { kind: 'venue', venueType: 'sampling_site', name: 'Sampling Site', jurisdictionCode: '140703001001', latitude: 37.4, longitude: 112.5 });
    await add('pharmacy', { kind: 'venue', venueType: 'pharmacy', name: 'Pharmacy', jurisdictionCode: '140703001001', latitude: 37.4, longitude: 112.5 });
    await add('house', { kind: 'building', name: '西关5号', jurisdictionCode: '140703001002', latitude: 37.45, longitude: 112.5 });
    await add('household', { kind: 'household', name: '私人住户', parentId: ids.house, latitude: 37.4, longitude: 112.5 });
    await add('market', { kind: 'venue', venueType: 'market', name: '胡村集市', jurisdictionCode: '140703002001' });
    await fixture.request(maker, 'POST', '/api/v1/people', { name: '公开测试人', documentType: 'passport', documentNumber: 'S0000001', householdId: ids.household });
  });
  afterAll(() => fixture.close());

  const services = async (query: string) => {
    const response = await fixture.request(null, 'GET', `/api/v1/public/services?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items as { id: string; distanceMeters: number | null; venueType: string; jurisdictionName: string }[];
  };

  test('near a point: nearest first, with great-circle distances that match the arcs computed by hand', async () => {
    const items = await services('type=fever_clinic&near=112.5,37.4');
    expect(items.map((item) => item.id)).toEqual([ids.a, ids.b, ids.c, ids.d]);
    expect(items[0]!.distanceMeters).toBeCloseTo(meridianMeters(37.4, 37.41), 2);
    expect(items[0]!.distanceMeters).toBeCloseTo(1111.95, 1);
    expect(items[1]!.distanceMeters).toBeCloseTo(meridianMeters(37.4, 37.43), 2);
    expect(items[2]!.distanceMeters).toBeCloseTo(meridianMeters(37.4, 37.35), 2);
    // One degree of longitude at 37.4 N: shorter than the parallel's arc (88.4 km), as a great circle is.
    expect(items[3]!.distanceMeters).toBeGreaterThan(88_000);
    expect(items[3]!.distanceMeters).toBeLessThan(88_400);
    expect(items[0]).toMatchObject({ name: 'Fever Clinic A', venueType: 'fever_clinic', address: 'Fever Clinic A 路1号', latitude: 37.41, longitude: 112.5, jurisdictionCode: '140703001001', jurisdictionName: '东关社区' });
    expect((await services('type=fever_clinic&near=112.5,37.4&limit=2')).map((item) => item.id)).toEqual([ids.a, ids.b]);
    expect((await services('type=sampling_site&near=112.5,37.4')).map((item) => [item.id, item.distanceMeters])).toEqual([[ids.site, 0]]);
  });

  test('from a community: the mean position of its places is the point', async () => {
    // The sibling village's positioned places lie at 37.43 and 37.45 (and a household at 37.40): mean 37.4267.
    const center = (37.43 + 37.45 + 37.4) / 3;
    const items = await services('type=fever_clinic&community=140703001002');
    expect(items.map((item) => item.id)).toEqual([ids.b, ids.a, ids.c, ids.d]);
    expect(items[0]!.distanceMeters).toBeCloseTo(meridianMeters(center, 37.43), 2);
    expect(items[1]!.distanceMeters).toBeCloseTo(meridianMeters(center, 37.41), 2);
  });

  test('without a point: by name, unpositioned services included', async () => {
    const items = await services('type=fever_clinic');
    expect(items.map((item) => item.id)).toEqual([ids.a, ids.b, ids.c, ids.d, ids.e]);
    expect(items.every((item) => item.distanceMeters === null)).toBe(true);
  });

  test('only fever clinics and sampling sites are public; bad points and communities name their field', async () => {
    const problem = async (query: string) => (await fixture.request(null, 'GET', `/api/v1/public/services?${query}`)).json();
    expect((await problem('type=pharmacy')).errors).toEqual([{ field: 'querystring.type', problem: 'must be one of fever_clinic, sampling_site' }]);
    expect((await problem('near=112.5,37.4')).errors[0].field).toBe('querystring.type');
    expect((await problem('type=fever_clinic&near=200,37')).errors[0].field).toBe('querystring.near');
    expect((await problem('type=fever_clinic&community=Z404')).errors).toEqual([{ field: 'community', problem: 'is not a known jurisdiction' }]);
    const unpositioned = await problem('type=fever_clinic&community=140703002001');
    expect(unpositioned.status).toBe(400);
    expect(unpositioned.errors).toEqual([{ field: 'community', problem: 'has no places with a known position to measure from; give near=LON,LAT instead' }]);
  });

  test('administrative names: the top level, children of a parent, or by name or code, by code', async () => {
    const codes = async (query: string) => ((await fixture.request(null, 'GET', `/api/v1/public/jurisdictions${query}`)).json().items as { code: string }[]).map((item) => item.code);
    const top = await fixture.request(null, 'GET', '/api/v1/public/jurisdictions');
    expect(top.statusCode).toBe(200);
    expect(top.json().items).toEqual([{ code: 'CN', name: '中华人民共和国', level: 'country', parentCode: null }]);
    expect(await codes('?parent=140703001')).toEqual(['140703001001', '140703001002']);
    expect(await codes(`?q=${encodeURIComponent('胡村')}`)).toEqual(['140703002', '140703002001']);
    expect(await codes('?q=1407031')).toEqual(['1407031', '1407031001']);
    expect(await codes(`?parent=140703&q=${encodeURIComponent('明星')}`)).toEqual(['140703001']);
  });

  test('at most 200 names in one answer', async () => {
    const rows = Array.from({ length: 230 }, (_, index) => `14070300210${String(index).padStart(3, '0')},新村${index},140703002,village`);
    await importJurisdictionsCsv(fixture.platform, systemActor('test'), Readable.from([`code,name,parent_code,level\n${rows.join('\n')}\n`]));
    const items = (await fixture.request(null, 'GET', '/api/v1/public/jurisdictions?parent=140703002')).json().items as { code: string }[];
    expect(items).toHaveLength(200);
    expect(items[0]!.code).toBe('140703002001');
  });

  test('public answers carry no people, households or household addresses', async () => {
    const urls = ['type=fever_clinic', 'type=fever_clinic&near=112.5,37.4', 'type=sampling_site&community=140703001001', 'type=fever_clinic&limit=50'].map((query) => `/api/v1/public/services?${query}`);
    for (const url of [...urls, '/api/v1/public/jurisdictions?parent=140703001']) {
      const response = await fixture.request(null, 'GET', url);
      expect(response.statusCode).toBe(200);
      for (const secret of [ids.household!, '私人住户', ids.house!, '西关5号', '公开测试人', ids.pharmacy!]) expect(response.body, url).not.toContain(secret);
    }
  });
});
