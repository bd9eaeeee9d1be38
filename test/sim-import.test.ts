import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importChina } from '../src/jurisdictions/service.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { importSimulatedCounty } from '../src/sim/demo.ts';
import { createFixture, type Fixture } from './fixture.ts';
import { describeEachDialect } from './databases.ts';

describeEachDialect('a simulated county through the import paths', (dialect) => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await createFixture(dialect);
  });
  afterAll(() => fixture.close());

  test('every place and person of the tiny county is accepted, and a second load adds nothing', async () => {
    await importChina(fixture.platform, systemActor('test'), { everywhereDownTo: 'county', fullDepthWithin: ['140703'] });
    const folder = fileURLToPath(new URL('../src/sim/fixtures/tiny-140703/', import.meta.url));
    const first = await importSimulatedCounty(fixture.platform, folder, () => {});
    expect(first.places.rejected).toEqual([]);
    expect(first.people.rejected).toEqual([]);
    expect(first.people.inserted).toBe(300);
    const again = await importSimulatedCounty(fixture.platform, folder, () => {});
    expect(again.places.inserted).toBe(0);
    expect(again.people).toMatchObject({ inserted: 0, unchanged: 300 });
    const worker = await fixture.tokenFor('community_worker', '140703');
    const person = (await fixture.request(worker, 'GET', '/api/v1/people?limit=1')).json().items[0];
    expect(person.address).toMatch(/\S+/);
  });
});
