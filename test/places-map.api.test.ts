import { afterAll, beforeAll, expect, test } from 'vitest';
import { insertPlaces } from '../src/places/store.ts';
import { newId } from '../src/platform/ids.ts';
import { describeEachDialect } from './databases.ts';
import { createFixture, type Fixture } from './fixture.ts';

const VILLAGE = '140703001001';
const square = { type: 'Polygon', coordinates: [[[112.5, 37.4], [112.51, 37.4], [112.51, 37.41], [112.5, 37.41], [112.5, 37.4]]] };

describeEachDialect('the places map through the API', (dialect) => {
  let fixture: Fixture;
  let worker: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    worker = await fixture.tokenFor('community_worker', VILLAGE);
    const maker = await fixture.tokenFor('community_worker', '140703');
    const add = async (key: string, body: Record<string, unknown>) => {
      const response = await fixture.request(maker, 'POST', '/api/v1/places', { jurisdictionCode: VILLAGE, ...body });
      expect(response.statusCode, response.body).toBe(201);
      ids[key] = response.json().id;
    };
    await add('compound', { kind: 'compound', name: '地图小区', outline: square, latitude: 37.405, longitude: 112.505 });
    await add('building', { kind: 'building', name: '地图楼', latitude: 37.402, longitude: 112.502 });
    await add('unit', { kind: 'unit', name: '地图单元', parentId: ids.building, jurisdictionCode: undefined, latitude: 37.402, longitude: 112.502 });
    await add('household', { kind: 'household', name: '地图户', parentId: ids.unit, jurisdictionCode: undefined, latitude: 37.402, longitude: 112.502 });
    await add('clinic', { kind: 'venue', venueType: 'fever_clinic', name: '地图门诊', latitude: 37.39, longitude: 112.49 });
    await add('pharmacy', { kind: 'venue', venueType: 'pharmacy', name: '地图药店', latitude: 37.42, longitude: 112.52 });
    await add('unplaced', { kind: 'venue', venueType: 'pharmacy', name: '无坐标药店' });
    await add('sibling', { kind: 'venue', venueType: 'pharmacy', name: '邻村药店', jurisdictionCode: '140703001002', latitude: 37.5, longitude: 112.6 });
  });
  afterAll(() => fixture.close());

  const map = async (token: string, query = '') => {
    const response = await fixture.request(token, 'GET', `/api/v1/places/map${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const featureIds = (collection: { features: { id: string }[] }) => collection.features.map((feature) => feature.id).sort();

  test('compounds and venues by default, as GeoJSON; an outline is drawn as the outline; unplaced places are left out', async () => {
    const collection = await map(worker);
    expect(collection).toMatchObject({ type: 'FeatureCollection', truncated: false });
    expect(featureIds(collection)).toEqual([ids.compound, ids.clinic, ids.pharmacy].sort());
    const compound = collection.features.find((feature: { id: string }) => feature.id === ids.compound);
    expect(compound).toEqual({ type: 'Feature', id: ids.compound, geometry: square, properties: { id: ids.compound, name: '地图小区', kind: 'compound', venueType: null, jurisdictionCode: VILLAGE } });
    const clinic = collection.features.find((feature: { id: string }) => feature.id === ids.clinic);
    expect(clinic.geometry).toEqual({ type: 'Point', coordinates: [112.49, 37.39] });
    expect(clinic.properties).toMatchObject({ kind: 'venue', venueType: 'fever_clinic' });
    expect(collection.bbox).toEqual([112.49, 37.39, 112.52, 37.42]);
  });

  test('kinds as a comma list or repeated, venue types filtered; households and units are never drawn', async () => {
    expect(featureIds(await map(worker, '?kind=building'))).toEqual([ids.building]);
    expect(featureIds(await map(worker, '?kind=building,venue&venueType=pharmacy'))).toEqual([ids.pharmacy]);
    expect(featureIds(await map(worker, '?kind=building&kind=compound'))).toEqual([ids.compound, ids.building].sort());
    const refused = await fixture.request(worker, 'GET', '/api/v1/places/map?kind=household');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toEqual({ field: 'querystring.kind.0', problem: 'must be compound, building, venue (repeated or as a comma list)' });
  });

  test('scoped like the place list: a worker never sees another village’s places; another village’s filter is 404', async () => {
    const all = await map(worker, '?kind=compound,building,venue');
    expect(featureIds(all)).not.toContain(ids.sibling);
    expect((await fixture.request(worker, 'GET', '/api/v1/places/map?jurisdiction=140703001002')).statusCode).toBe(404);
    const county = await fixture.tokenFor('epidemiologist', '140703');
    expect(featureIds(await map(county, '?jurisdiction=140703001002'))).toEqual([ids.sibling]);
    expect(await map(county, '?jurisdiction=140703002001')).toEqual({ type: 'FeatureCollection', bbox: null, truncated: false, features: [] });
  });

  test('at most 20,000 features, flagged truncated beyond', async () => {
    const now = '2026-11-24T08:00:00.000Z';
    const rows = Array.from({ length: 20_001 }, (_, index) => ({
      id: newId(),
      kind: 'building',
      parent_id: null,
      jurisdiction_code: '140703002001',
      county_code: '140703',
      name: `楼${index}`,
      venue_type: null,
      address: null,
      latitude: 37 + index / 1e6,
      longitude: 112,
      outline: null,
      external_ref: null,
      created_at: now,
      updated_at: now,
    }));
    await insertPlaces(fixture.platform.database.db, rows);
    const county = await fixture.tokenFor('epidemiologist', '140703');
    const collection = await map(county, '?jurisdiction=140703002001&kind=building');
    expect(collection.truncated).toBe(true);
    expect(collection.features).toHaveLength(20_000);
    expect(collection.bbox).toEqual([112, 37, 112, 37 + 19_999 / 1e6]);
  });
});
