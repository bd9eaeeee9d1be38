import { afterAll, beforeAll, expect, test } from 'vitest';
import { readAuditRecords } from '../src/platform/audit/audit.store.ts';
import { composeResidentId, createFixture, type Fixture } from './fixture.ts';
import { describeEachDialect } from './databases.ts';

const ROWS = 12_000;
const HEADER = 'name,document_type,document_number,jurisdiction_code,phone,birth_date,sex,household_ref,affiliation_ref,priority_groups';

/**
 * A file large enough to be cut into many chunks and batches, written with CR LF, one name quoted across
 * two lines, and a bad row of each kind here and there; with the rows and problems the report must name.
 */
function largeFile(): { csv: string; rejected: { row: number; field: string; problem: string }[]; good: number } {
  const records: string[] = [HEADER];
  const rejected: { row: number; field: string; problem: string }[] = [];
  let line = 1;
  for (let index = 0; index < ROWS; index++) {
    const birth = `${1950 + (index % 50)}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`;
    const document = composeResidentId('140703', birth, Math.floor(index / 600));
    const village = index % 2 === 0 ? '140703001001' : '140703001002';
    let name = `居民${index}`;
    let fields = [document, village, `139${String(index).padStart(8, '0')}`, birth, '', '', '', index % 5 === 0 ? 'chronic_illness;disabled' : ''];
    line += index === 4321 ? 2 : 1;
    const row = line;
    if (index === 4321) name = `"居民\n${index}"`;
    else if (index % 997 === 13) {
      name = '';
      rejected.push({ row, field: 'name', problem: 'must not be empty' });
    } else if (index % 997 === 113) {
      fields[2] = '12';
      rejected.push({ row, field: 'phone', problem: 'must be a phone number of 6 to 15 digits, optionally starting with +' });
    } else if (index % 997 === 213) {
      fields[0] = document.slice(0, 17) + (document[17] === '0' ? '1' : '0');
      rejected.push({ row, field: 'document_number', problem: 'has a wrong check digit' });
    } else if (index % 997 === 313) {
      fields[4] = 'x';
      rejected.push({ row, field: 'sex', problem: 'must be male, female or unknown' });
    } else if (index % 997 === 413) {
      fields[1] = '140703002001';
      rejected.push({ row, field: 'jurisdiction_code', problem: 'is not a jurisdiction within your scope' });
    } else if (index % 3001 === 2999) {
      fields = [composeResidentId('140703', '1950-01-01', 0), village, '', '', '', '', '', ''];
      rejected.push({ row, field: 'document_number', problem: 'repeats the document of row 2' });
    } else if (index % 997 === 513) {
      fields[7] = 'chronic_illness|bogus';
      rejected.push({ row, field: 'priority_groups.1', problem: expect.stringMatching(/^each must be one of /) as unknown as string });
    }
    records.push([name, 'resident_id', ...fields].join(','));
  }
  return { csv: records.join('\r\n') + '\r\n', rejected, good: ROWS - rejected.length };
}

describeEachDialect('people import of a large file', (dialect) => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await createFixture(dialect);
  });
  afterAll(() => fixture.close());

  test('reports every bad row by row and field, keeps the good ones once, and audits each batch', async () => {
    const { csv, rejected, good } = largeFile();
    const importer = await fixture.tokenFor('community_worker', '140703001');
    const report = (await fixture.request(importer, 'POST', '/api/v1/people/imports', csv)).json();
    expect(report.rejected).toEqual(rejected);
    expect(report).toMatchObject({ received: ROWS, inserted: good, unchanged: 0 });
    const quoted = (await fixture.request(importer, 'GET', `/api/v1/people?q=${encodeURIComponent('居民\n4321')}`)).json();
    expect(quoted.items).toHaveLength(1);

    const audited = (await readAuditRecords(fixture.platform.database.db, 0, 10_000)).filter((record) => record.operation === 'people.import');
    expect(audited.length).toBeGreaterThan(1);
    expect(audited.reduce((sum, record) => sum + record.personIds.length, 0)).toBe(good);
    for (const record of audited) expect(record.detail.inserted).toBe(record.personIds.length);

    const again = (await fixture.request(importer, 'POST', '/api/v1/people/imports', csv)).json();
    expect(again).toMatchObject({ received: ROWS, inserted: 0, unchanged: good });
    expect(again.rejected).toEqual(rejected);
  });
});
