import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeEachDialect } from './databases.ts';
import { createFixture, type Fixture } from './fixture.ts';

const VILLAGE = '140703001001';

describeEachDialect('places imported from CSV through the API', (dialect) => {
  let fixture: Fixture;
  let worker: string;

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    worker = await fixture.tokenFor('community_worker', VILLAGE);
  });
  afterAll(() => fixture.close());

  test('a rejected row names every problem it has, each by field, and the good rows are kept', async () => {
    const csv = [
      'ref,kind,parent_ref,jurisdiction_code,name,venue_type',
      `good-yard,compound,,${VILLAGE},好小区,`,
      'good-shop,venue,good-yard,,好超市,supermarket',
      'bad-shop,venue,,999999,坏超市,casino',
      'bad-yard,castle,,140703001002,坏小区,',
      `,building,nowhere,${VILLAGE},无编号楼,`,
      'bad-house,building,bad-shop,,坏楼,',
    ].join('\n');
    const rejected = [
      { row: 4, field: 'venue_type', problem: expect.stringMatching(/^must be one of mall, /) },
      { row: 4, field: 'jurisdiction_code', problem: 'is not a jurisdiction within your scope' },
      { row: 5, field: 'kind', problem: expect.stringMatching(/^must be one of compound, /) },
      { row: 5, field: 'jurisdiction_code', problem: 'is not a jurisdiction within your scope' },
      { row: 6, field: 'ref', problem: 'must not be empty' },
      { row: 6, field: 'parent_ref', problem: 'parent_ref nowhere is not a known place' },
      { row: 7, field: 'parent_ref', problem: 'parent bad-shop was rejected' },
    ];
    const first = await fixture.request(worker, 'POST', '/api/v1/places/imports', csv);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ received: 6, inserted: 2, unchanged: 0, rejected });
    const again = await fixture.request(worker, 'POST', '/api/v1/places/imports', csv);
    expect(again.json()).toEqual({ received: 6, inserted: 0, unchanged: 2, rejected });
  });

  test('placement and jurisdiction are judged together; a field is named once, by its first problem', async () => {
    const csv = [
      'ref,kind,parent_ref,jurisdiction_code,name,venue_type',
      `lone-yard,compound,,${VILLAGE},孤小区,`,
      'odd-yard,compound,,140703001002,邻村小区,hotel',
      'odd-house,building,lone-yard,140703001002,邻村楼,',
    ].join('\n');
    const response = await fixture.request(worker, 'POST', '/api/v1/places/imports', csv);
    expect(response.json()).toMatchObject({ inserted: 1 });
    expect(response.json().rejected).toEqual([
      { row: 3, field: 'venue_type', problem: 'only venues have a venue_type, not a compound' },
      { row: 3, field: 'jurisdiction_code', problem: 'is not a jurisdiction within your scope' },
      { row: 4, field: 'jurisdiction_code', problem: 'must be the jurisdiction of the parent place' },
    ]);
  });
});
