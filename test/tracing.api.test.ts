import { afterAll, beforeAll, expect, test } from 'vitest';
import { minutesAgo, venueWithCode } from './checkin-helpers.ts';
import { describeEachDialect } from './databases.ts';
import { composeResidentId, createFixture, type Fixture } from './fixture.ts';

const OWN = '140703001001';
const SIBLING = '140703001002';

/*
 * A small investigation: a case, their household, people who shared time with them at a supermarket (long
 * enough for a close contact, and too short), a later visitor of the same day, and someone who later
 * shared a restaurant with the close contact (a secondary contact under the 9th edition).
 */
describeEachDialect('cases and contact tracing through the API', (dialect) => {
  let fixture: Fixture;
  let maker: string;
  let epidemiologist: string;
  let siblingEpidemiologist: string;
  let commandStaff: string;
  const person: Record<string, string> = {};
  let caseId = '';

  const hoursAgo = (hours: number) => minutesAgo(fixture, hours * 60);

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    maker = await fixture.tokenFor('community_worker', 'CN');
    epidemiologist = await fixture.tokenFor('epidemiologist', OWN);
    siblingEpidemiologist = await fixture.tokenFor('epidemiologist', SIBLING);
    commandStaff = await fixture.tokenFor('command_staff', OWN);
    const admin = await fixture.tokenFor('administrator', 'CN');
    const today = fixture.clock.now().toISOString().slice(0, 10);
    const assigned = await fixture.request(admin, 'POST', '/api/v1/protocol-assignments', { jurisdictionCode: '140703', protocolId: 'cn-national-9th-2022-06', effectiveFrom: today, reason: '测试：第九版' });
    expect(assigned.statusCode, assigned.body).toBe(201);

    const building = await fixture.request(maker, 'POST', '/api/v1/places', { kind: 'building', name: '东关1号楼', jurisdictionCode: OWN });
    const unit = await fixture.request(maker, 'POST', '/api/v1/places', { kind: 'unit', name: '1单元', parentId: building.json().id });
    const household = await fixture.request(maker, 'POST', '/api/v1/places', { kind: 'household', name: '101', parentId: unit.json().id });
    expect(household.statusCode, household.body).toBe(201);
    const names = ['病例', '家人', '密接', '一般接触', '同日到访', '次密接', '无关'];
    const keys = ['case', 'household', 'close', 'brief', 'sameDay', 'secondary', 'unrelated'];
    for (const [index, key] of keys.entries()) {
      const body = { name: names[index], documentType: 'resident_id', documentNumber: composeResidentId('140703', '1985-06-07', 700 + index), ...(index < 2 ? { householdId: household.json().id } : { jurisdictionCode: OWN }) };
      const created = await fixture.request(maker, 'POST', '/api/v1/people', body);
      expect(created.statusCode, created.body).toBe(201);
      person[key] = created.json().id;
    }
    const supermarket = await venueWithCode(fixture, maker, '东关超市', OWN);
    const restaurant = await venueWithCode(fixture, maker, '东关饭店', OWN);
    const visit = (who: string, enteredHoursAgo: number, exitedHoursAgo?: number) => ({ personId: person[who], enteredAt: hoursAgo(enteredHoursAgo), ...(exitedHoursAgo === undefined ? {} : { exitedAt: hoursAgo(exitedHoursAgo) }) });
    const supermarketBatch = {
      token: supermarket.venueToken,
      items: [
        visit('case', 30, 29),
        // 30 minutes with the case.
        visit('close', 29.5, 28),
        // 6 minutes with the case: below the 15-minute threshold.
        visit('brief', 29.1, 28.5),
        // Later the same day: the fixture's clock is 08:00 UTC, the test tree's time zone, so 30 hours ago is 02:00.
        visit('sameDay', 27, 26.5),
        visit('unrelated', 50, 49),
      ],
    };
    const restaurantBatch = { token: restaurant.venueToken, items: [visit('close', 20, 19), visit('secondary', 19.5, 18)] };
    for (const batch of [supermarketBatch, restaurantBatch]) {
      const stored = await fixture.request(maker, 'POST', '/api/v1/checkins/batches', batch);
      expect(stored.json(), stored.body).toMatchObject({ rejected: 0 });
    }
  });
  afterAll(() => fixture?.close());

  const yesterday = () => new Date(fixture.clock.now().getTime() - 24 * 3600_000).toISOString().slice(0, 10);

  test('a case is reported with its four earlies, and its infectious window follows the protocol', async () => {
    const created = await fixture.request(epidemiologist, 'POST', '/api/v1/cases', {
      personId: person.case,
      classification: 'confirmed',
      basis: 'positive_test',
      onsetDate: yesterday(),
      sampledDate: yesterday(),
      symptoms: ['发热', '咳嗽'],
      detectedAt: hoursAgo(3),
      reportedAt: hoursAgo(2),
    });
    expect(created.statusCode, created.body).toBe(201);
    caseId = created.json().id;
    expect(created.json()).toMatchObject({ personId: person.case, status: 'under_investigation', intervals: { detectionToReportHours: 1, reportedInTime: true }, infectiousUntil: null });
    // 9th edition: from 4 days before onset, from local midnight (the test tree keeps UTC).
    const onsetMidnight = Date.parse(`${yesterday()}T00:00:00Z`);
    expect(Date.parse(created.json().infectiousFrom)).toBe(onsetMidnight - 4 * 24 * 3600_000);
  });

  test('bad case records are refused with each field named, and nothing is stored', async () => {
    const before = await fixture.platform.database.db.selectFrom('cases').select('id').execute();
    const asymptomatic = await fixture.request(epidemiologist, 'POST', '/api/v1/cases', { personId: person.household, classification: 'asymptomatic', basis: 'positive_test', onsetDate: yesterday(), status: 'in_hospital', detectedAt: hoursAgo(1) });
    expect(asymptomatic.statusCode).toBe(400);
    expect(asymptomatic.json().errors.map((issue: { field: string }) => issue.field).sort()).toEqual(['isolatedAt', 'onsetDate', 'treatedAt']);
    const again = await fixture.request(epidemiologist, 'POST', '/api/v1/cases', { personId: person.case, classification: 'confirmed', basis: 'clinical', onsetDate: yesterday(), detectedAt: hoursAgo(1) });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([{ field: 'personId', problem: 'has an open case already', existingId: caseId }]);
    expect(await fixture.platform.database.db.selectFrom('cases').select('id').execute()).toEqual(before);
  });

  test('the open case is named only to whoever may read it: once its person moved away, the new village hears of a case but not which', async () => {
    // Reported in a third village, so that the cases of OWN stay as the tests below count them.
    const village = '140703002001';
    const mover = await fixture.request(maker, 'POST', '/api/v1/people', { name: '搬家病例', documentType: 'resident_id', documentNumber: composeResidentId('140703', '1985-06-07', 790), jurisdictionCode: village });
    const report = { personId: mover.json().id, classification: 'confirmed', basis: 'clinical', onsetDate: yesterday(), detectedAt: hoursAgo(1) };
    const reported = await fixture.request(await fixture.tokenFor('epidemiologist', village), 'POST', '/api/v1/cases', report);
    expect(reported.statusCode, reported.body).toBe(201);
    const moved = await fixture.request(maker, 'POST', `/api/v1/people/${mover.json().id}/move`, { jurisdictionCode: SIBLING });
    expect(moved.statusCode, moved.body).toBe(200);
    const there = await fixture.request(siblingEpidemiologist, 'POST', '/api/v1/cases', report);
    expect(there.statusCode).toBe(409);
    expect(there.json().errors).toEqual([{ field: 'personId', problem: 'has an open case already' }]);
  });

  test('tracing finds the household, the close and the brief contact and the same-day visitor, with evidence; no secondary contact before a close contact is confirmed', async () => {
    const traced = await fixture.request(epidemiologist, 'POST', `/api/v1/cases/${caseId}/trace`);
    expect(traced.statusCode, traced.body).toBe(200);
    expect(traced.json()).toMatchObject({ protocolId: 'cn-national-9th-2022-06', found: { first: 4, second: 0, close: 2, sameDayVisitors: 1 }, kept: 0, removed: 0 });
    const listed = await fixture.request(epidemiologist, 'GET', `/api/v1/cases/${caseId}/contacts?limit=50`);
    expect(listed.statusCode).toBe(200);
    const byPerson = new Map((listed.json().items as { personId: string }[]).map((item) => [item.personId, item as Record<string, unknown>]));
    expect(byPerson.has(person.unrelated!)).toBe(false);
    expect(byPerson.get(person.household!)).toMatchObject({ category: 'household', degree: 1, close: true, score: 1 });
    expect(byPerson.get(person.close!)).toMatchObject({ category: 'close_copresence', degree: 1, exposureMinutes: 30, evidence: [{ kind: 'venue', venueName: '东关超市', minutes: 30, indexExit: 'recorded', contactExit: 'recorded' }] });
    expect(byPerson.get(person.brief!)).toMatchObject({ category: 'venue_contact', exposureMinutes: 6, close: false });
    expect(byPerson.get(person.sameDay!)).toMatchObject({ category: 'same_day_visitor', evidence: [{ kind: 'same_day_visit', venueName: '东关超市' }] });
    // Shared time at a venue makes a candidate; its own contacts wait until it is confirmed.
    expect(byPerson.has(person.secondary!)).toBe(false);
    // Highest score first.
    const scores = (listed.json().items as { score: number }[]).map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The read names every candidate in the audit log.
    const audit = await fixture.platform.database.db.selectFrom('audit_log').selectAll().where('operation', '=', 'contacts.list').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit.subject_count).toBe(4);
  });

  test('confirming a close contact makes a managed person under the protocol’s measure; a dismissal keeps its reason; tracing again keeps both and finds the confirmed contact’s close contact', async () => {
    const listed = (await fixture.request(epidemiologist, 'GET', `/api/v1/cases/${caseId}/contacts?limit=50`)).json().items as { id: string; personId: string; lastExposureAt: string }[];
    const close = listed.find((item) => item.personId === person.close)!;
    const brief = listed.find((item) => item.personId === person.brief)!;
    const confirmed = await fixture.request(epidemiologist, 'POST', `/api/v1/contacts/${close.id}/confirm`, { note: '电话核实：同行购物' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const lastExposureDate = close.lastExposureAt.slice(0, 10);
    const day = (offset: number) => new Date(Date.parse(`${lastExposureDate}T00:00:00Z`) + offset * 24 * 3600_000).toISOString().slice(0, 10);
    expect(confirmed.json().managedPerson).toMatchObject({ personId: person.close, category: 'closeContact', protocolId: 'cn-national-9th-2022-06', startsOn: day(1), endsOn: day(10), active: true });
    expect(confirmed.json().managedPerson.stages.map((stage: { kind: string }) => stage.kind)).toEqual(['centralized_quarantine', 'health_monitoring']);
    expect((await fixture.request(epidemiologist, 'POST', `/api/v1/contacts/${close.id}/confirm`, { note: '再次' })).statusCode).toBe(409);
    const dismissed = await fixture.request(epidemiologist, 'POST', `/api/v1/contacts/${brief.id}/dismiss`, { note: '监控显示未近距离接触' });
    expect(dismissed.json()).toMatchObject({ status: 'dismissed', decisionNote: '监控显示未近距离接触' });

    const again = await fixture.request(epidemiologist, 'POST', `/api/v1/cases/${caseId}/trace`);
    expect(again.json()).toMatchObject({ found: { second: 1 }, kept: 2, removed: 0 });
    const secondary = ((await fixture.request(epidemiologist, 'GET', `/api/v1/cases/${caseId}/contacts?degree=2`)).json().items as Record<string, unknown>[])[0];
    expect(secondary).toMatchObject({ personId: person.secondary, category: 'close_copresence', degree: 2, viaPersonId: person.close, exposureMinutes: 30 });
    const managed = await fixture.request(await fixture.tokenFor('community_worker', OWN), 'GET', '/api/v1/managed-persons?active=true');
    expect(managed.json().items.map((item: { personId: string }) => item.personId)).toEqual([person.close]);
  });

  test('a linked case joins the chain: the cluster shows the source as its root, with tracing’s evidence', async () => {
    const second = await fixture.request(epidemiologist, 'POST', '/api/v1/cases', { personId: person.close, classification: 'asymptomatic', basis: 'positive_test', sampledDate: fixture.clock.now().toISOString().slice(0, 10), detectedAt: hoursAgo(1) });
    expect(second.statusCode, second.body).toBe(201);
    const sources = await fixture.request(epidemiologist, 'GET', `/api/v1/cases/${second.json().id}/possible-sources`);
    expect(sources.json().items).toMatchObject([{ caseId, personId: person.close, category: 'close_copresence', status: 'confirmed' }]);
    const link = await fixture.request(epidemiologist, 'POST', '/api/v1/transmission-links', { infectorCaseId: caseId, infecteeCaseId: second.json().id, setting: 'venue', confidence: 'probable' });
    expect(link.statusCode, link.body).toBe(201);
    expect(link.json().evidence).toMatchObject([{ kind: 'venue', venueName: '东关超市', minutes: 30 }]);
    const cycle = await fixture.request(epidemiologist, 'POST', '/api/v1/transmission-links', { infectorCaseId: second.json().id, infecteeCaseId: caseId, setting: 'venue', confidence: 'possible' });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors[0].field).toBe('infectorCaseId');
    const clusters = await fixture.request(commandStaff, 'GET', '/api/v1/clusters');
    expect(clusters.json().items).toMatchObject([{ id: caseId, roots: [caseId], generations: 2 }]);
    expect(clusters.json().items[0].cases).toHaveLength(2);
  });

  test('cases traced together get what each gets alone, in the order asked; one case out of scope stops all before any is traced', async () => {
    const ids = ((await fixture.request(epidemiologist, 'GET', '/api/v1/cases?limit=10')).json().items as { id: string }[]).map((item) => item.id).reverse();
    expect(ids).toHaveLength(2);
    const alone = [];
    for (const id of ids) alone.push((await fixture.request(epidemiologist, 'POST', `/api/v1/cases/${id}/trace`)).json());
    const together = await fixture.request(epidemiologist, 'POST', '/api/v1/cases/trace', { caseIds: ids });
    expect(together.statusCode, together.body).toBe(200);
    expect(together.json().results).toEqual(alone);
    expect(alone[0]).toMatchObject({ caseId, found: { first: 4, second: 1 }, kept: 2 });

    const traces = async () => (await fixture.platform.database.db.selectFrom('audit_log').select('seq').where('operation', '=', 'contacts.trace').where('outcome', '=', 'allowed').execute()).length;
    const before = await traces();
    const outside = await fixture.request(siblingEpidemiologist, 'POST', '/api/v1/cases/trace', { caseIds: ids });
    expect(outside.statusCode).toBe(404);
    const unknown = await fixture.request(epidemiologist, 'POST', '/api/v1/cases/trace', { caseIds: [ids[0], 'no-such-case'] });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().errors).toEqual([{ field: 'caseIds.1', problem: 'is not a case you can trace' }]);
    expect(await traces()).toBe(before);
    const empty = await fixture.request(epidemiologist, 'POST', '/api/v1/cases/trace', { caseIds: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([{ field: 'caseIds', problem: 'must name at least one case' }]);
    const one = await fixture.request(epidemiologist, 'POST', '/api/v1/cases/trace', { caseIds: ids[0] });
    expect(one.json().errors).toEqual([{ field: 'caseIds', problem: 'must be an array' }]);
  });

  test('cases page newest report first, each once', async () => {
    const first = (await fixture.request(commandStaff, 'GET', '/api/v1/cases?limit=1')).json();
    const second = (await fixture.request(commandStaff, 'GET', `/api/v1/cases?limit=1&cursor=${first.nextCursor}`)).json();
    const all = (await fixture.request(commandStaff, 'GET', '/api/v1/cases?limit=10')).json().items as { id: string; reportedAt: string }[];
    expect(all).toHaveLength(2);
    expect(all[0]!.reportedAt >= all[1]!.reportedAt).toBe(true);
    expect([first.items[0].id, second.items[0].id]).toEqual(all.map((item) => item.id));
    expect(second.nextCursor).toBeNull();
    // A cursor names the list it came from: one of the cases list pages no contacts.
    const misplaced = await fixture.request(commandStaff, 'GET', `/api/v1/cases/${all[0]!.id}/contacts?cursor=${first.nextCursor}`);
    expect(misplaced.statusCode).toBe(400);
    expect(misplaced.json().errors).toEqual([{ field: 'cursor', problem: 'is not a cursor of this list sorted by score' }]);
  });

  test('the four earlies’ intervals of a jurisdiction', async () => {
    const report = await fixture.request(commandStaff, 'GET', `/api/v1/cases/intervals?jurisdiction=${OWN}`);
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json()).toMatchObject({ cases: 2, detectionToReportHours: { count: 2, median: 1 }, reportedInTime: { count: 2, share: 1 } });
  });

  test('a change at an old version is refused; a change keeps the rules', async () => {
    const current = (await fixture.request(epidemiologist, 'GET', `/api/v1/cases/${caseId}`)).json();
    const isolated = await fixture.request(epidemiologist, 'PATCH', `/api/v1/cases/${caseId}`, { version: current.version, status: 'isolated', isolatedAt: hoursAgo(1) });
    expect(isolated.statusCode, isolated.body).toBe(200);
    expect(isolated.json()).toMatchObject({ status: 'isolated', intervals: { detectionToIsolationHours: 2 }, infectiousUntil: new Date(Date.parse(hoursAgo(1))).toISOString() });
    const stale = await fixture.request(epidemiologist, 'PATCH', `/api/v1/cases/${caseId}`, { version: current.version, status: 'recovered' });
    expect(stale.statusCode).toBe(409);
    const unisolated = await fixture.request(epidemiologist, 'PATCH', `/api/v1/cases/${caseId}`, { version: current.version + 1, isolatedAt: null });
    expect(unisolated.statusCode).toBe(400);
    expect(unisolated.json().errors).toEqual([{ field: 'isolatedAt', problem: 'is required when the status is isolated' }]);
  });

  test('another village’s epidemiologist sees none of it', async () => {
    expect((await fixture.request(siblingEpidemiologist, 'GET', `/api/v1/cases/${caseId}`)).statusCode).toBe(404);
    expect((await fixture.request(siblingEpidemiologist, 'GET', `/api/v1/cases/${caseId}/contacts`)).statusCode).toBe(404);
    expect((await fixture.request(siblingEpidemiologist, 'GET', '/api/v1/cases')).json().items).toEqual([]);
    expect((await fixture.request(siblingEpidemiologist, 'GET', '/api/v1/clusters?minCases=1')).json().items).toEqual([]);
  });
});
