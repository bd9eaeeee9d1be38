import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeEachDialect } from './databases.ts';
import { composeResidentId, createFixture, type Fixture } from './fixture.ts';

const VILLAGE = '140703001001';
const PEOPLE_SORTS = ['name', '-name', 'birthDate', '-birthDate', 'createdAt', '-createdAt'] as const;

describeEachDialect('sorting, filters and keyset paging of lists', (dialect) => {
  let fixture: Fixture;
  let worker: string;
  let epidemiologist: string;

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    worker = await fixture.tokenFor('community_worker', VILLAGE);
    epidemiologist = await fixture.tokenFor('epidemiologist', VILLAGE);
    // 25 people with repeated names, birth dates (some missing) and creation instants, so that every sort has ties.
    const names = ['王芳', '李强', '张伟', '王芳', '刘洋'];
    const births = ['1950-01-01', '1990-05-05', null, '2025-01-01', '1990-05-05'];
    for (let index = 0; index < 25; index++) {
      if (index % 3 === 0) fixture.clock.advance(1000);
      const birthDate = births[index % 5];
      const body = birthDate
        ? { documentType: 'resident_id', documentNumber: composeResidentId('140703', birthDate, 200 + index) }
        : { documentType: 'passport', documentNumber: `S${String(index).padStart(7, '0')}`, sex: 'female' };
      const response = await fixture.request(worker, 'POST', '/api/v1/people', { name: names[Math.floor(index / 5) % 5 === 4 ? 0 : index % 5], jurisdictionCode: VILLAGE, ...body, ...(index === 7 ? { priorityGroups: ['pregnant'] } : {}) });
      expect(response.statusCode, response.body).toBe(201);
    }
    for (let index = 0; index < 12; index++) {
      const response = await fixture.request(worker, 'POST', '/api/v1/places', { kind: 'compound', name: ['甲小区', '乙小区', '甲小区'][index % 3], jurisdictionCode: VILLAGE });
      expect(response.statusCode).toBe(201);
    }
    // Outside the worker's village: never listed.
    const maker = await fixture.tokenFor('community_worker', '140703');
    await fixture.request(maker, 'POST', '/api/v1/people', { name: '王芳', documentType: 'passport', documentNumber: 'X0000001', jurisdictionCode: '140703001002' });
    await fixture.request(maker, 'POST', '/api/v1/places', { kind: 'compound', name: '甲小区', jurisdictionCode: '140703001002' });
  });
  afterAll(() => fixture.close());

  /** Every page of a list, following nextCursor. */
  async function allPages<T>(token: string, url: string, limit: number): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const separator = url.includes('?') ? '&' : '?';
      const response = await fixture.request(token, 'GET', `${url}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json() as { items: T[]; nextCursor: string | null };
      items.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) return items;
    }
    throw new Error('too many pages');
  }

  type Person = { id: string; name: string; birthDate: string | null; createdAt: string; jurisdictionCode: string };

  test.each(PEOPLE_SORTS)('people sorted by %s: pages of 4 hold every person once, in the order of one whole page', async (sort) => {
    const whole = await allPages<Person>(worker, `/api/v1/people?sort=${sort}`, 500);
    expect(whole).toHaveLength(25);
    expect(whole.every((person) => person.jurisdictionCode === VILLAGE)).toBe(true);
    const paged = await allPages<Person>(worker, `/api/v1/people?sort=${sort}`, 4);
    expect(paged.map((person) => person.id)).toEqual(whole.map((person) => person.id));
    expect(new Set(paged.map((person) => person.id)).size).toBe(25);
    // Within equal values the id breaks ties, in the sort's direction.
    const field = sort.replace('-', '') as 'name' | 'birthDate' | 'createdAt';
    const descending = sort.startsWith('-');
    for (let index = 1; index < whole.length; index++) {
      const [before, after] = [whole[index - 1]!, whole[index]!];
      if (before[field] === after[field]) expect(descending ? before.id > after.id : before.id < after.id).toBe(true);
    }
    if (field !== 'name') {
      // Dates and instants compare as text; a missing birth date sorts first ascending.
      const values = whole.map((person) => person[field] ?? '');
      expect(values).toEqual([...values].sort((a, b) => (descending ? b.localeCompare(a) : a.localeCompare(b))));
    }
  });

  test('the default order stays id order, and a cursor of another sort is refused naming cursor', async () => {
    const ids = (await allPages<Person>(worker, '/api/v1/people', 7)).map((person) => person.id);
    expect(ids).toEqual([...ids].sort());
    const first = (await fixture.request(worker, 'GET', '/api/v1/people?sort=name&limit=3')).json();
    const crossed = await fixture.request(worker, 'GET', `/api/v1/people?sort=birthDate&limit=3&cursor=${first.nextCursor}`);
    expect(crossed.statusCode).toBe(400);
    expect(crossed.json().errors).toEqual([{ field: 'cursor', problem: 'is not a cursor of this list sorted by birthDate' }]);
    expect((await fixture.request(worker, 'GET', '/api/v1/people?sort=age')).json().errors[0].field).toBe('querystring.sort');
  });

  test('sex and priority group filters agree on list, count and export; 60+ and infants come from the birth date', async () => {
    const check = async (query: string, expected: number) => {
      const listed = await allPages<Person>(worker, `/api/v1/people?${query}`, 10);
      const count = (await fixture.request(worker, 'GET', `/api/v1/people/count?${query}`)).json().count;
      const exported = (await fixture.request(epidemiologist, 'GET', `/api/v1/people/export?${query}`)).json().items as Person[];
      expect([listed.length, count, exported.length], query).toEqual([expected, expected, expected]);
      expect(exported.map((person) => person.id).sort()).toEqual(listed.map((person) => person.id).sort());
      return listed;
    };
    // Births cycle 1950 (60+), 1990, none (passport, female), 2025 (infant), 1990: five of each.
    const elderly = await check('priorityGroup=aged_60_plus', 5);
    expect(elderly.every((person) => person.birthDate === '1950-01-01')).toBe(true);
    const infants = await check('priorityGroup=infant', 5);
    expect(infants.every((person) => person.birthDate === '2025-01-01')).toBe(true);
    expect((await check('priorityGroup=pregnant', 1)).map((person) => person.name)).toHaveLength(1);
    await check('priorityGroup=disabled', 0);
    // Sex comes from the resident ID (its 17th digit) or the form: count what the whole list says.
    const everyone = await allPages<Person & { sex: string }>(worker, '/api/v1/people', 500);
    const female = await check('sex=female', everyone.filter((person) => person.sex === 'female').length);
    await check('sex=male', everyone.filter((person) => person.sex === 'male').length);
    await check('sex=female&priorityGroup=aged_60_plus', everyone.filter((person) => person.sex === 'female' && person.birthDate === '1950-01-01').length);
    expect(female.length).toBeGreaterThan(5);
    // Filters combine with a sort and its paging.
    const sorted = await allPages<Person>(worker, '/api/v1/people?sex=female&sort=-createdAt', 3);
    expect(sorted.map((person) => person.id).sort()).toEqual(female.map((person) => person.id).sort());
  });

  test('places sorted by name or -name page without repeats or gaps, ties by id', async () => {
    for (const sort of ['name', '-name']) {
      const whole = await allPages<{ id: string; name: string }>(worker, `/api/v1/places?sort=${sort}`, 500);
      expect(whole).toHaveLength(12);
      const paged = await allPages<{ id: string; name: string }>(worker, `/api/v1/places?sort=${sort}`, 5);
      expect(paged.map((place) => place.id)).toEqual(whole.map((place) => place.id));
      expect(new Set(paged.map((place) => place.id)).size).toBe(12);
      const groups = whole.map((place) => place.name).filter((name, index, names) => index === 0 || names[index - 1] !== name);
      expect(groups).toHaveLength(2);
    }
    const byName = await allPages<{ name: string }>(worker, '/api/v1/places?sort=name', 500);
    const reversed = await allPages<{ name: string }>(worker, '/api/v1/places?sort=-name', 500);
    expect(reversed.map((place) => place.name)).toEqual(byName.map((place) => place.name).reverse());
  });
});
