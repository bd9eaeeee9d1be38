import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importChina } from '../src/jurisdictions/service.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { documentKey } from '../src/people/records.ts';
import { refPrefix } from '../src/sim/county-files.ts';
import { importSimulatedCounty } from '../src/sim/demo.ts';
import { synthesizeCounty } from '../src/sim/synthesize.ts';
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

  test('pupils and students arrive in the classes the simulator gave them; workers in none', async () => {
    const county = await synthesizeCounty({ countyCode: '140703', persons: 300, seed: 'tiny', startDate: '2026-11-01' });
    const prefix = refPrefix(county);
    const { activities, identity } = county;
    const expected = new Map<string, { venue: string | null; group: string | null }>();
    for (let person = 0; person < county.people.count; person++) {
      const { hash } = documentKey(fixture.platform.protector, 'resident_id', identity.document(person).toUpperCase());
      const [venue, group] = [activities.affiliation[person]!, activities.group[person]!];
      expected.set(hash, { venue: venue >= 0 ? `${prefix}-v${venue}` : null, group: group >= 0 ? `${prefix}-g${group}` : null });
    }
    const rows = await fixture.platform.database.db
      .selectFrom('people')
      .leftJoin('places', 'places.id', 'people.affiliation_id')
      .select(['people.document_number_hash', 'places.external_ref', 'people.affiliation_group'])
      .execute();
    const stored = new Map(rows.map((row) => [row.document_number_hash, { venue: row.external_ref, group: row.affiliation_group }]));
    expect(stored).toEqual(expected);
    const classes = [...expected.values()].filter((person) => person.group !== null);
    expect(classes.length).toBeGreaterThan(0);
    expect(new Set(classes.map((person) => person.group)).size).toBe(activities.groupCount);

    const worker = await fixture.tokenFor('community_worker', '140703');
    const pupil = (await fixture.request(worker, 'GET', '/api/v1/people?limit=300')).json().items.find((item: { affiliationGroup: string | null }) => item.affiliationGroup);
    expect(pupil.affiliationGroup).toMatch(new RegExp(`^${prefix}-g\\d+$`));
    expect(pupil.affiliationId).not.toBeNull();
  });
});
