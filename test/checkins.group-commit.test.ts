import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeCheckins, type CheckinToWrite } from '../src/checkins/ingest.ts';
import { systemActor, type Actor } from '../src/platform/auth/actor.ts';
import { verifyAuditChain } from '../src/platform/audit/service.ts';
import { BulwarkError } from '../src/platform/errors.ts';
import { createFixture, type Fixture } from './fixture.ts';
import { describeEachDialect } from './databases.ts';

/*
 * Concurrent writers share one commit (group commit). What each caller is promised must not change: its
 * own outcomes and fever flags, its own audit record naming its own people, and no failure of another
 * caller's write.
 */
describeEachDialect('check-ins written at the same time', (dialect) => {
  let fixture: Fixture;
  let venue: CheckinToWrite['venue'];
  const people: string[] = [];
  let nowSeconds: number;

  beforeAll(async () => {
    // The audit log refuses any record of the actor "refused": a write that cannot be audited must fail.
    fixture = await createFixture(dialect, {
      audit: (platform) => ({
        record: (executor, event) => platform.audit.record(executor, event),
        recordAll: (executor, events) =>
          events.some((event) => event.actor.username === 'refused') ? Promise.reject(new BulwarkError('BULWARK_AUDIT_UNAVAILABLE')) : platform.audit.recordAll(executor, events),
      }),
    });
    nowSeconds = Math.floor(fixture.clock.now().getTime() / 1000);
    const maker = await fixture.tokenFor('community_worker', '140703');
    const place = await fixture.request(maker, 'POST', '/api/v1/places', { kind: 'venue', venueType: 'market', name: '并发超市', jurisdictionCode: '140703001001' });
    venue = { venueId: place.json().id, jurisdictionCode: '140703001001', countyCode: '140703' };
    for (let index = 0; index < 12; index++) {
      const person = await fixture.request(maker, 'POST', '/api/v1/people', { name: `并发${index}`, documentType: 'passport', documentNumber: `G${String(index).padStart(7, '0')}`, jurisdictionCode: '140703001001' });
      people.push(person.json().id);
    }
  });
  afterAll(() => fixture.close());

  const itemOf = (personId: string, minutesAgo: number, temperatureTenths: number | null = null): CheckinToWrite => ({
    personId,
    venue,
    enteredAt: nowSeconds - minutesAgo * 60,
    exitedAt: null,
    temperatureTenths,
    fever: temperatureTenths !== null && temperatureTenths >= 373,
  });
  const actorFor = (name: string): Actor => systemActor(name);

  test('each caller gets its own outcomes, flags and audit record, and the chain stays whole', async () => {
    const before = (await fixture.platform.database.db.selectFrom('audit_anchor').select('seq').executeTakeFirstOrThrow()).seq;
    const writes = people.map((personId, index) =>
      writeCheckins(fixture.platform, [itemOf(personId, 30, index % 3 === 0 ? 385 : 365), ...(index === 0 ? [itemOf(personId, 30)] : [])], {
        actor: actorFor(`caller-${index}`),
        operation: 'checkins.scan',
        source: 'scan',
      }),
    );
    // A repeat of the first caller's check-in, sent while it is still waiting, is a duplicate and raises no second flag.
    writes.push(writeCheckins(fixture.platform, [itemOf(people[0]!, 30, 385)], { actor: actorFor('repeat'), operation: 'checkins.scan', source: 'scan' }));
    const results = await Promise.all(writes);
    expect(results[0]!.outcomes).toEqual(['stored', 'duplicate']);
    for (const result of results.slice(1, people.length)) expect(result.outcomes).toEqual(['stored']);
    expect(results.at(-1)!.outcomes).toEqual(['duplicate']);
    expect(results.map((result) => result.feverFlagsRaised)).toEqual([...people.map((_, index) => (index % 3 === 0 ? 1 : 0)), 0]);

    const records = await fixture.platform.database.db.selectFrom('audit_log').select(['seq', 'actor_account_id', 'detail']).where('seq', '>', before).orderBy('seq').execute();
    expect(records.map((record) => record.actor_account_id)).toEqual([...people.map((_, index) => `system:caller-${index}`), 'system:repeat']);
    const subjects = await fixture.platform.database.db.selectFrom('audit_subjects').select(['audit_seq', 'person_id']).where('audit_seq', '>', before).execute();
    for (const [index, record] of records.entries()) {
      expect(subjects.filter((subject) => Number(subject.audit_seq) === Number(record.seq)).map((subject) => subject.person_id)).toEqual([people[index] ?? people[0]]);
    }
    expect(JSON.parse(records[0]!.detail)).toMatchObject({ stored: 1, duplicate: 1, feverFlags: 1 });
    expect((await verifyAuditChain(fixture.platform.database.db)).problems).toEqual([]);
  });

  test('a write that fails fails alone: the others in its commit are stored', async () => {
    const good = people.slice(0, 4).map((personId) => writeCheckins(fixture.platform, [itemOf(personId, 10)], { actor: actorFor('good'), operation: 'checkins.scan', source: 'scan' }));
    const bad = writeCheckins(fixture.platform, [itemOf(people[5]!, 10)], { actor: actorFor('refused'), operation: 'checkins.scan', source: 'scan' });
    const settled = await Promise.allSettled([...good, bad]);
    expect(settled.slice(0, 4).map((each) => (each.status === 'fulfilled' ? each.value.outcomes : each.reason))).toEqual([['stored'], ['stored'], ['stored'], ['stored']]);
    expect(settled[4]!.status).toBe('rejected');
    const stored = await fixture.platform.database.db.selectFrom('checkins').select('entered_at').where('entered_at', '=', nowSeconds - 600).execute();
    expect(stored).toHaveLength(4);
    expect((await verifyAuditChain(fixture.platform.database.db)).problems).toEqual([]);
  });

  test('past the bound of waiting check-ins a write is refused as busy with nothing stored, and the queued ones still land', async () => {
    const bounded = { ...fixture.platform, limits: { pendingCheckins: 3 } };
    const write = (personId: string) => writeCheckins(bounded, [itemOf(personId, 5)], { actor: actorFor('bounded'), operation: 'checkins.scan', source: 'scan' });
    const queued = people.slice(6, 9).map(write);
    await expect(write(people[9]!)).rejects.toMatchObject({ code: 'BULWARK_BUSY', status: 503 });
    expect((await Promise.all(queued)).map((result) => result.outcomes)).toEqual([['stored'], ['stored'], ['stored']]);
    const refusedOne = await fixture.platform.database.db.selectFrom('checkins').innerJoin('checkin_people', 'checkin_people.key', 'checkins.person_key').select('entered_at').where('person_id', '=', people[9]!).where('entered_at', '=', nowSeconds - 300).execute();
    expect(refusedOne).toEqual([]);
    // Once the queue has drained, the refused write goes through when sent again.
    expect((await write(people[9]!)).outcomes).toEqual(['stored']);
  });
});
