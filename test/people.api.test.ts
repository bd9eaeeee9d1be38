import { afterAll, beforeAll, expect, test } from 'vitest';
import { composeResidentId, createFixture, type Fixture } from './fixture.ts';
import { describeEachDialect } from './databases.ts';

describeEachDialect('people through the API', (dialect) => {
  let fixture: Fixture;
  let worker: string;
  let admin: string;
  let command: string;
  let householdId: string;
  const documentNumber = composeResidentId('140703', '1950-03-07', 121);

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    worker = await fixture.tokenFor('community_worker', '140703001001');
    admin = await fixture.tokenFor('administrator', '140703');
    command = await fixture.tokenFor('command_staff', '140703');
    const compound = await fixture.request(worker, 'POST', '/api/v1/places', { kind: 'compound', name: '阳光小区', jurisdictionCode: '140703001001' });
    const building = await fixture.request(worker, 'POST', '/api/v1/places', { kind: 'building', name: '3号楼', parentId: compound.json().id });
    const unit = await fixture.request(worker, 'POST', '/api/v1/places', { kind: 'unit', name: '2单元', parentId: building.json().id });
    const household = await fixture.request(worker, 'POST', '/api/v1/places', { kind: 'household', name: '301', parentId: unit.json().id });
    expect(household.statusCode).toBe(201);
    householdId = household.json().id;
  });
  afterAll(() => fixture.close());

  test('a person is registered with birth date and sex read from the resident ID, 60+ flagged', async () => {
    const response = await fixture.request(worker, 'POST', '/api/v1/people', { name: '张三', documentType: 'resident_id', documentNumber, phone: '138 1234 5678', householdId });
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const person = response.json();
    expect(person).toMatchObject({
      jurisdictionCode: '140703001001',
      birthDate: '1950-03-07',
      sex: 'male',
      phone: '13812345678',
      address: '阳光小区 3号楼 2单元 301',
      priorityGroups: ['aged_60_plus'],
      masked: ['documentNumber'],
    });
    expect(person.documentNumber).toBe(`140***********${documentNumber.slice(-4)}`);
  });

  test('the same document again is a duplicate, named by field', async () => {
    const response = await fixture.request(worker, 'POST', '/api/v1/people', { name: '张三', documentType: 'resident_id', documentNumber: documentNumber.toLowerCase(), jurisdictionCode: '140703001001' });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'BULWARK_DUPLICATE_PERSON', errors: [{ field: 'documentNumber', problem: 'is already registered' }] });
  });

  test('bad input names each field and its problem', async () => {
    const response = await fixture.request(worker, 'POST', '/api/v1/people', { name: '', documentType: 'resident_id', documentNumber: '140703195003071210', jurisdictionCode: '140703001001', status: 'red' });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('BULWARK_VALIDATION');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', problem: 'must not be empty' },
        { field: 'status', problem: 'is not a field that can be set here' },
      ]),
    );
    const wrongCheck = await fixture.request(worker, 'POST', '/api/v1/people', { name: '李四', documentType: 'resident_id', documentNumber: '140703195003071210', jurisdictionCode: '140703001001' });
    expect(wrongCheck.json().errors).toEqual([{ field: 'documentNumber', problem: 'has a wrong check digit' }]);
  });

  test('roles without the need see identifiers masked on every read path', async () => {
    const list = await fixture.request(command, 'GET', '/api/v1/people?jurisdiction=140703');
    const person = list.json().items.find((item: { name: string }) => item.name === '张三');
    expect(person.phone).toBe('138****5678');
    expect(person.address).toBe('阳光小区 ***');
    expect(person.masked).toEqual(['documentNumber', 'phone', 'address']);
    const exported = await fixture.request(command, 'GET', '/api/v1/people/export');
    expect(JSON.stringify(exported.json())).not.toContain('13812345678');
    const single = await fixture.request(command, 'GET', `/api/v1/people/${person.id}`);
    expect(single.json().phone).toBe('138****5678');
  });

  test('a reveal needs a reason, shows the value, and is audited with the reason', async () => {
    const [person] = (await fixture.request(command, 'GET', '/api/v1/people?q=张')).json().items;
    const withoutReason = await fixture.request(command, 'POST', `/api/v1/people/${person.id}/reveal`, { fields: ['phone'], reason: '' });
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.json().errors[0].field).toBe('reason');
    const revealed = await fixture.request(command, 'POST', `/api/v1/people/${person.id}/reveal`, { fields: ['phone', 'documentNumber'], reason: 'calling the contact about a positive test' });
    expect(revealed.json()).toMatchObject({ phone: '13812345678', documentNumber, masked: ['address'] });
    const auditor = await fixture.tokenFor('auditor', '140703');
    const audit = await fixture.request(auditor, 'GET', `/api/v1/audit?operation=people.reveal&person=${person.id}`);
    expect(audit.json().items[0]).toMatchObject({ operation: 'people.reveal', outcome: 'allowed', personIds: [person.id], detail: { reason: 'calling the contact about a positive test', fields: ['phone', 'documentNumber'] } });
  });

  test('masked values and unchanged read-only fields written back change nothing', async () => {
    const [person] = (await fixture.request(command, 'GET', '/api/v1/people?q=张')).json().items;
    const { id: _id, ...roundTrip } = person;
    const back = await fixture.request(worker, 'PATCH', `/api/v1/people/${person.id}`, { ...roundTrip, name: '张三丰' });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ name: '张三丰', phone: '13812345678', version: person.version + 1 });
    const reveal = await fixture.request(command, 'POST', `/api/v1/people/${person.id}/reveal`, { fields: ['documentNumber'], reason: 'checking the record after an edit' });
    expect(reveal.json().documentNumber).toBe(documentNumber);
  });

  test('jurisdiction and unknown fields cannot be mass-assigned', async () => {
    const [person] = (await fixture.request(worker, 'GET', '/api/v1/people')).json().items;
    const moved = await fixture.request(worker, 'PATCH', `/api/v1/people/${person.id}`, { jurisdictionCode: '140703002001' });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().errors).toEqual([{ field: 'jurisdictionCode', problem: 'cannot be changed here; move the person instead' }]);
    const status = await fixture.request(worker, 'PATCH', `/api/v1/people/${person.id}`, { healthStatus: 'red' });
    expect(status.statusCode).toBe(400);
    const after = await fixture.request(worker, 'GET', `/api/v1/people/${person.id}`);
    expect(after.json().jurisdictionCode).toBe('140703001001');
  });

  test('a lookup by document travels in the body and finds the person', async () => {
    const tester = await fixture.tokenFor('testing_operator', '140703');
    const found = await fixture.request(tester, 'POST', '/api/v1/people/lookup', { documentType: 'resident_id', documentNumber });
    expect(found.json().items).toHaveLength(1);
    expect(found.json().items[0].documentNumber).not.toBe(documentNumber);
    const list = await fixture.request(tester, 'GET', '/api/v1/people');
    expect(list.statusCode).toBe(403);
  });

  test('a citizen sees their own record in clear and nobody else’s', async () => {
    const [person] = (await fixture.request(worker, 'GET', '/api/v1/people')).json().items;
    const other = await fixture.request(worker, 'POST', '/api/v1/people', { name: '王五', documentType: 'passport', documentNumber: 'E7654321', jurisdictionCode: '140703001001' });
    const citizen = await fixture.tokenFor('citizen', person.id);
    const own = await fixture.request(citizen, 'GET', `/api/v1/people/${person.id}`);
    expect(own.json()).toMatchObject({ documentNumber, masked: [] });
    const notOwn = await fixture.request(citizen, 'GET', `/api/v1/people/${other.json().id}`);
    expect(notOwn.statusCode).toBe(404);
    expect((await fixture.request(citizen, 'GET', '/api/v1/people')).statusCode).toBe(403);
  });

  test('CSV import keeps good rows, reports bad ones by row and field, and a re-run adds nothing', async () => {
    const good1 = composeResidentId('140703', '1988-01-02', 11);
    const good2 = composeResidentId('140703', '2025-05-05', 22);
    const csv = [
      'name,document_type,document_number,jurisdiction_code,phone,birth_date,sex,household_ref,affiliation_ref,priority_groups',
      `赵六,resident_id,${good1},140703001002,13900000001,,,,,chronic_illness`,
      `钱七,resident_id,140703198801020119,140703001002,,,,,,`,
      `孙八,resident_id,${good2},140703001002,,,,,,`,
      `,passport,G1234567,140703001002,,,,,,`,
      `周九,passport,G7654321,1407031001,,,,,,`,
      `吴十,passport,G2222222,140703001002,12,,,,,`,
      `郑一,resident_id,${good1},140703001002,,,,,,`,
    ].join('\n');
    const first = await fixture.request(worker, 'POST', '/api/v1/people/imports', csv);
    expect(first.statusCode).toBe(200);
    // The worker's scope is 140703001001, so 140703001002 is out of scope for every row: use an admin-like importer.
    expect(first.json().inserted).toBe(0);
    const importer = await fixture.tokenFor('community_worker', '140703001');
    const report = (await fixture.request(importer, 'POST', '/api/v1/people/imports', csv)).json();
    expect(report).toMatchObject({ received: 7, inserted: 2, unchanged: 0 });
    expect(report.rejected).toEqual([
      { row: 3, field: 'document_number', problem: 'has a wrong check digit' },
      { row: 5, field: 'name', problem: 'must not be empty' },
      { row: 6, field: 'jurisdiction_code', problem: 'is not a jurisdiction within your scope' },
      { row: 7, field: 'phone', problem: 'must be a phone number of 6 to 15 digits, optionally starting with +' },
      { row: 8, field: 'document_number', problem: 'repeats the document of row 2' },
    ]);
    const again = (await fixture.request(importer, 'POST', '/api/v1/people/imports', csv)).json();
    expect(again).toMatchObject({ received: 7, inserted: 0, unchanged: 2 });
    const count = await fixture.request(importer, 'GET', '/api/v1/people/count?jurisdiction=140703001002');
    expect(count.json()).toEqual({ count: 2 });
    const infant = (await fixture.request(importer, 'GET', '/api/v1/people?q=孙八')).json().items[0];
    expect(infant.priorityGroups).toEqual(['infant']);
  });

  test('moving a person needs both places in scope and takes them out of the old subtree', async () => {
    const [person] = (await fixture.request(admin, 'GET', '/api/v1/people?q=赵六')).json().items;
    const outside = await fixture.request(admin, 'POST', `/api/v1/people/${person.id}/move`, { jurisdictionCode: '1407031001' });
    expect(outside.statusCode).toBe(400);
    const moved = await fixture.request(admin, 'POST', `/api/v1/people/${person.id}/move`, { jurisdictionCode: '140703002001' });
    expect(moved.json().jurisdictionCode).toBe('140703002001');
    const importer = await fixture.tokenFor('community_worker', '140703001');
    expect((await fixture.request(importer, 'GET', `/api/v1/people/${person.id}`)).statusCode).toBe(404);
  });

  test('a class or team goes with the affiliation: set trimmed, kept on a round trip, left behind when the affiliation changes', async () => {
    const school = (await fixture.request(worker, 'POST', '/api/v1/places', { kind: 'venue', venueType: 'school', name: '阳光小学', jurisdictionCode: '140703001001' })).json();
    const factory = (await fixture.request(worker, 'POST', '/api/v1/places', { kind: 'venue', venueType: 'workplace', name: '阳光食品厂', jurisdictionCode: '140703001001' })).json();
    const created = await fixture.request(worker, 'POST', '/api/v1/people', {
      name: '小明',
      documentType: 'passport',
      documentNumber: 'E1000001',
      jurisdictionCode: '140703001001',
      affiliationId: school.id,
      affiliationGroup: '  三年级2班\u3000',
    });
    expect(created.statusCode).toBe(201);
    const pupil = created.json();
    expect(pupil).toMatchObject({ affiliationId: school.id, affiliationGroup: '三年级2班', version: 1 });
    expect((await fixture.request(command, 'GET', `/api/v1/people/${pupil.id}`)).json().affiliationGroup).toBe('三年级2班');

    const { id: _id, ...roundTrip } = pupil;
    const unchanged = await fixture.request(worker, 'PATCH', `/api/v1/people/${pupil.id}`, roundTrip);
    expect(unchanged.json()).toMatchObject({ affiliationId: school.id, affiliationGroup: '三年级2班', version: 2 });
    const nextYear = await fixture.request(worker, 'PATCH', `/api/v1/people/${pupil.id}`, { affiliationGroup: '四年级2班', version: 2 });
    expect(nextYear.json()).toMatchObject({ affiliationId: school.id, affiliationGroup: '四年级2班', version: 3 });
    const stale = await fixture.request(worker, 'PATCH', `/api/v1/people/${pupil.id}`, { affiliationGroup: '四年级3班', version: 2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors).toEqual([{ field: 'version', problem: 'is not the current version' }]);
    expect((await fixture.request(worker, 'GET', `/api/v1/people/${pupil.id}`)).json()).toMatchObject({ affiliationGroup: '四年级2班', version: 3 });

    const hired = await fixture.request(worker, 'PATCH', `/api/v1/people/${pupil.id}`, { affiliationId: factory.id });
    expect(hired.json()).toMatchObject({ affiliationId: factory.id, affiliationGroup: null, version: 4 });
    const team = await fixture.request(worker, 'PATCH', `/api/v1/people/${pupil.id}`, { affiliationId: school.id, affiliationGroup: '质检组' });
    expect(team.json()).toMatchObject({ affiliationId: school.id, affiliationGroup: '质检组' });
    const left = await fixture.request(worker, 'PATCH', `/api/v1/people/${pupil.id}`, { affiliationId: null });
    expect(left.json()).toMatchObject({ affiliationId: null, affiliationGroup: null });
  });

  test('a group without an affiliation, empty or too long is refused, naming affiliationGroup', async () => {
    const school = (await fixture.request(worker, 'POST', '/api/v1/places', { kind: 'venue', venueType: 'school', name: '明星小学', jurisdictionCode: '140703001001' })).json();
    const person = { name: '小红', documentType: 'passport', documentNumber: 'E1000002', jurisdictionCode: '140703001001' };
    const needsAffiliation = { field: 'affiliationGroup', problem: 'needs an affiliation: give affiliationId, the school or workplace the group belongs to' };
    const orphan = await fixture.request(worker, 'POST', '/api/v1/people', { ...person, affiliationGroup: '三年级2班' });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json()).toMatchObject({ code: 'BULWARK_VALIDATION', errors: [needsAffiliation] });
    const long = await fixture.request(worker, 'POST', '/api/v1/people', { ...person, affiliationId: school.id, affiliationGroup: '班'.repeat(61) });
    expect(long.json().errors).toEqual([{ field: 'affiliationGroup', problem: 'must be at most 60 characters' }]);
    const blank = await fixture.request(worker, 'POST', '/api/v1/people', { ...person, affiliationId: school.id, affiliationGroup: '  ' });
    expect(blank.json().errors).toEqual([{ field: 'affiliationGroup', problem: 'must not be empty' }]);

    const registered = await fixture.request(worker, 'POST', '/api/v1/people', { ...person, affiliationGroup: undefined });
    expect(registered.json()).toMatchObject({ affiliationId: null, affiliationGroup: null });
    const id = registered.json().id;
    const patched = await fixture.request(worker, 'PATCH', `/api/v1/people/${id}`, { affiliationGroup: '三年级2班' });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().errors).toEqual([needsAffiliation]);
    const enrolled = await fixture.request(worker, 'PATCH', `/api/v1/people/${id}`, { affiliationId: school.id, affiliationGroup: '班'.repeat(60) });
    expect(enrolled.json()).toMatchObject({ affiliationGroup: '班'.repeat(60), version: 2 });
    const droppedOut = await fixture.request(worker, 'PATCH', `/api/v1/people/${id}`, { affiliationId: null, affiliationGroup: '三年级2班' });
    expect(droppedOut.json().errors).toEqual([needsAffiliation]);
    expect((await fixture.request(worker, 'GET', `/api/v1/people/${id}`)).json()).toMatchObject({ affiliationId: school.id, affiliationGroup: '班'.repeat(60), version: 2 });
  });
});
