import { afterAll, beforeAll, expect, test } from 'vitest';
import { readAuditRecords } from '../src/platform/audit/audit.store.ts';
import { composeResidentId, createFixture, type Fixture } from './fixture.ts';
import { describeEachDialect } from './databases.ts';

const ROWS = 12_000;
const HEADER = 'name,document_type,document_number,jurisdiction_code,phone,birth_date,sex,household_ref,affiliation_ref,priority_groups';
const HEADER_WITH_GROUPS = HEADER.replace('affiliation_ref,', 'affiliation_ref,affiliation_group,');

/** What a file holds, with what the report must name and how many people each class or team receives. */
interface LargeFile {
  csv: string;
  rejected: { row: number; field: string; problem: string }[];
  good: number;
  /** Good rows by `affiliation_ref|affiliation_group` (the group trimmed, empty when none). */
  placed: Map<string, number>;
}

/**
 * A file large enough to be cut into many chunks and batches, written with CR LF, one name quoted across
 * two lines, and a bad row of each kind here and there; with the rows and problems the report must name.
 *
 * With `groups` it has the affiliation_group column: with `affiliated`, pupils of a school in six classes
 * (some padded with spaces), workers of a factory in teams or in none, a group too long and a group without
 * an affiliation here and there; without `affiliated` the column is there and empty. People's documents
 * start at `sequence`, so that files with other sequences never share one.
 */
function largeFile(options: { groups?: boolean; affiliated?: boolean; sequence?: number } = {}): LargeFile {
  const { groups = false, affiliated = false, sequence = 0 } = options;
  const records: string[] = [groups ? HEADER_WITH_GROUPS : HEADER];
  const rejected: { row: number; field: string; problem: string }[] = [];
  const placed = new Map<string, number>();
  let line = 1;
  for (let index = 0; index < ROWS; index++) {
    const birth = `${1950 + (index % 50)}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`;
    const document = composeResidentId('140703', birth, sequence + Math.floor(index / 600));
    const village = index % 2 === 0 ? '140703001001' : '140703001002';
    let name = `居民${index}`;
    let fields = [document, village, `139${String(index).padStart(8, '0')}`, birth, '', '', '', index % 5 === 0 ? 'chronic_illness;disabled' : ''];
    let [affiliation, group] = ['', ''];
    if (affiliated && index % 4 === 1) [affiliation, group] = ['school-1', `${index % 8 === 1 ? ' ' : ''}三年级${Math.floor(index / 4) % 6 + 1}班${index % 8 === 1 ? '\u3000' : ''}`];
    else if (affiliated && index % 4 === 2) [affiliation, group] = ['factory-1', index % 3 === 0 ? '质检组' : ''];
    const rejectedBefore = rejected.length;
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
      fields = [composeResidentId('140703', '1950-01-01', sequence), village, '', '', '', '', '', ''];
      rejected.push({ row, field: 'document_number', problem: 'repeats the document of row 2' });
    } else if (index % 997 === 513) {
      fields[7] = 'chronic_illness|bogus';
      rejected.push({ row, field: 'priority_groups.1', problem: expect.stringMatching(/^each must be one of /) as unknown as string });
    } else if (affiliated && index % 997 === 613) {
      [affiliation, group] = ['school-1', '班'.repeat(61)];
      rejected.push({ row, field: 'affiliation_group', problem: 'must be at most 60 characters' });
    } else if (affiliated && index % 997 === 713) {
      [affiliation, group] = ['', '三年级1班'];
      rejected.push({ row, field: 'affiliation_group', problem: 'needs an affiliation_ref, the school or workplace the group belongs to' });
    }
    if (groups) fields.splice(6, 2, affiliation, group, fields[7]!);
    if (rejected.length === rejectedBefore && affiliation) {
      const key = `${affiliation}|${group.trim()}`;
      placed.set(key, (placed.get(key) ?? 0) + 1);
    }
    records.push([name, 'resident_id', ...fields].join(','));
  }
  return { csv: records.join('\r\n') + '\r\n', rejected, good: ROWS - rejected.length, placed };
}

/** The people of the database by affiliation ref and group, as LargeFile.placed counts them. */
async function placedPeople(fixture: Fixture): Promise<Map<string, number>> {
  const rows = await fixture.platform.database.db
    .selectFrom('people')
    .innerJoin('places', 'places.id', 'people.affiliation_id')
    .select(['places.external_ref', 'people.affiliation_group'])
    .select((select) => select.fn.countAll<number>().as('count'))
    .groupBy(['places.external_ref', 'people.affiliation_group'])
    .execute();
  return new Map(rows.map((row) => [`${row.external_ref}|${row.affiliation_group ?? ''}`, Number(row.count)]));
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

    // The same rows with an empty affiliation_group column read exactly as without it.
    const withEmptyColumn = largeFile({ groups: true });
    expect(withEmptyColumn.rejected).toEqual(rejected);
    const emptyGroups = (await fixture.request(importer, 'POST', '/api/v1/people/imports', withEmptyColumn.csv)).json();
    expect(emptyGroups).toMatchObject({ received: ROWS, inserted: 0, unchanged: good });
    expect(emptyGroups.rejected).toEqual(rejected);
    const grouped = await fixture.platform.database.db.selectFrom('people').select('id').where('affiliation_group', 'is not', null).execute();
    expect(grouped).toEqual([]);
  });

  test('a file with affiliation_group places each person in their class or team, and refuses a group without an affiliation', async () => {
    const importer = await fixture.tokenFor('community_worker', '140703001');
    for (const venue of [
      { name: '明星小学', venueType: 'school', jurisdictionCode: '140703001001', externalRef: 'school-1' },
      { name: '明星食品厂', venueType: 'workplace', jurisdictionCode: '140703001002', externalRef: 'factory-1' },
    ]) {
      expect((await fixture.request(importer, 'POST', '/api/v1/places', { kind: 'venue', ...venue })).statusCode).toBe(201);
    }
    const { csv, rejected, good, placed } = largeFile({ groups: true, affiliated: true, sequence: 100 });
    expect(rejected.filter((problem) => problem.field === 'affiliation_group')).toHaveLength(24);
    expect([...placed.keys()].filter((key) => key.startsWith('school-1|三年级'))).toHaveLength(6);
    const report = (await fixture.request(importer, 'POST', '/api/v1/people/imports', csv)).json();
    expect(report.rejected).toEqual(rejected);
    expect(report).toMatchObject({ received: ROWS, inserted: good, unchanged: 0 });
    expect(await placedPeople(fixture)).toEqual(placed);

    const again = (await fixture.request(importer, 'POST', '/api/v1/people/imports', csv)).json();
    expect(again).toMatchObject({ received: ROWS, inserted: 0, unchanged: good });
    expect(again.rejected).toEqual(rejected);
  });
});
