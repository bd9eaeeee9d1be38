import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importCheckinsCsv } from '../src/checkins/import.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { composeResidentId, createFixture, type Fixture } from './fixture.ts';
import { describeEachDialect } from './databases.ts';

describeEachDialect('check-ins imported from CSV', (dialect) => {
  let fixture: Fixture;
  const people: { id: string; document: string }[] = [];
  const hoursAgo = (hours: number) => new Date(fixture.clock.now().getTime() - hours * 3_600_000).toISOString().replace('.000Z', '+00:00');

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    const maker = await fixture.tokenFor('community_worker', 'CN');
    const places = [
      'ref,kind,parent_ref,jurisdiction_code,name,venue_type',
      'shop-1,venue,,140703001001,东关超市,supermarket',
      'shop-2,venue,,140703001002,西关药店,pharmacy',
      'home-1,compound,,140703001001,东关小区,',
    ].join('\n');
    expect((await fixture.request(maker, 'POST', '/api/v1/places/imports', places)).json()).toMatchObject({ inserted: 3 });
    for (let index = 0; index < 2; index++) {
      const document = composeResidentId('140703', '1975-06-07', 700 + index);
      const created = await fixture.request(maker, 'POST', '/api/v1/people', { name: `导入人${index}`, documentType: 'resident_id', documentNumber: document, jurisdictionCode: '140703001001' });
      people.push({ id: created.json().id, document });
    }
  });
  afterAll(() => fixture.close());

  const importCsv = (csv: string) => importCheckinsCsv(fixture.platform, systemActor('test'), Readable.from([csv]));

  test('good rows are kept, bad ones reported by row, field and reason; a re-run adds nothing', async () => {
    const [first, second] = people.map((person) => person.document);
    const unregistered = composeResidentId('140703', '1999-09-09', 123);
    const csv = [
      'id,person_document,venue_ref,entered_at,exited_at,temperature',
      `c1,${first},shop-1,${hoursAgo(48)},${hoursAgo(47)},36.5`,
      `c2,${second},shop-2,${hoursAgo(24)},,38.4`,
      `c3,${unregistered},shop-1,${hoursAgo(24)},,36.5`,
      `c4,${first!.slice(0, 17)}0,shop-1,${hoursAgo(24)},,36.5`,
      `c5,${first},shop-9,${hoursAgo(24)},,36.5`,
      `c6,${first},home-1,${hoursAgo(24)},,36.5`,
      `c7,${first},shop-1,2026-11-20T10:00:00,,36.5`,
      `c8,${first},shop-1,${hoursAgo(40 * 24)},,36.5`,
      `c9,${first},shop-1,${hoursAgo(20)},,warm`,
      `c10,${first},shop-1,${hoursAgo(20)},,50`,
      `c11,${first},shop-1,${hoursAgo(48)},${hoursAgo(47)},36.5`,
      `c12,${second},shop-2,${hoursAgo(24)},${hoursAgo(23)},38.4`,
    ].join('\n');
    const report = await importCsv(csv);
    expect(report).toMatchObject({ received: 12, inserted: 2, updated: 1, unchanged: 1 });
    expect(report.rejected).toEqual([
      { row: 4, field: 'person_document', problem: 'is not a registered person' },
      { row: 5, field: 'person_document', problem: 'has a wrong check digit' },
      { row: 6, field: 'venue_ref', problem: 'is not a venue within your scope' },
      { row: 7, field: 'venue_ref', problem: 'is not a venue within your scope' },
      { row: 8, field: 'entered_at', problem: 'must be a date and time in ISO 8601 with a time zone' },
      { row: 9, field: 'entered_at', problem: 'is older than the retention of 28 days' },
      { row: 10, field: 'temperature', problem: 'must be a number of degrees Celsius' },
      { row: 11, field: 'temperature', problem: 'must be between 34 and 43 °C' },
    ]);
    expect(JSON.stringify(report)).not.toContain(unregistered);
    const again = await importCsv(csv);
    expect(again).toMatchObject({ received: 12, inserted: 0, updated: 0, unchanged: 4 });
    const rows = await fixture.platform.database.db.selectFrom('checkins').selectAll().orderBy('entered_at').execute();
    expect(rows.map((row) => [row.source, row.jurisdiction_code, row.temperature, row.exited_at === null])).toEqual([
      ['import', '140703001001', 365, false],
      ['import', '140703001002', 384, false],
    ]);
  });

  test('a feverish row raises one flag, and each batch is audited naming its people', async () => {
    const flags = await fixture.platform.database.db.selectFrom('fever_flags').selectAll().execute();
    expect(flags.map((flag) => [flag.person_id, flag.jurisdiction_code, flag.temperature])).toEqual([[people[1]!.id, '140703001002', 384]]);
    const auditor = await fixture.tokenFor('auditor', 'CN');
    const records = (await fixture.request(auditor, 'GET', '/api/v1/audit?operation=checkins.import')).json().items as { personIds: string[]; detail: { rows: number } }[];
    expect(records).toHaveLength(2);
    for (const record of records) expect(record.personIds.sort()).toEqual(people.map((person) => person.id).sort());
  });

  test('a row as the simulator writes it, in +08:00, is stored as the instant it names', async () => {
    const report = await importCsv(['id,person_document,venue_ref,entered_at,exited_at,temperature', `x,${people[0]!.document},shop-1,2026-11-23T09:15:00+08:00,2026-11-23T09:40:00+08:00,36.2`].join('\n'));
    expect(report).toMatchObject({ inserted: 1, rejected: [] });
    const row = await fixture.platform.database.db.selectFrom('checkins').selectAll().where('temperature', '=', 362).executeTakeFirstOrThrow();
    expect(new Date(Number(row.entered_at) * 1000).toISOString()).toBe('2026-11-23T01:15:00.000Z');
  });
});
