import { sql } from 'kysely';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeCheckins, type CheckinToWrite } from '../src/checkins/ingest.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { minutesAgo, venueWithCode } from './checkin-helpers.ts';
import { describeEachDialect, openTestDatabase } from './databases.ts';
import { composeResidentId, createFixture, type Fixture } from './fixture.ts';

const OWN = '140703001001';
const HOUR = 3600;
/** A writer whose commit the audit log holds up, as a slow disk would. */
const SLOW = 'slow';

/*
 * Every check-in carries when its person next checked in (migration 0011), which tracing takes as the
 * latest a stay without an exit can have lasted. Check-ins arrive in any order (a device uploads its
 * batch hours late) and from concurrent writers; the chain must come out the same.
 */
describeEachDialect('the chain of a person’s check-ins', (dialect) => {
  let fixture: Fixture;
  let maker: string;
  let epidemiologist: string;
  const venues: CheckinToWrite['venue'][] = [];
  const tokens: string[] = [];
  let nowSeconds: number;

  beforeAll(async () => {
    fixture = await createFixture(dialect, {
      audit: (platform) => ({
        record: (executor, event) => platform.audit.record(executor, event),
        recordAll: async (executor, events) => {
          if (events.some((event) => event.actor.username === SLOW)) await new Promise((resolve) => setTimeout(resolve, 300));
          return platform.audit.recordAll(executor, events);
        },
      }),
    });
    nowSeconds = Math.floor(fixture.clock.now().getTime() / 1000);
    maker = await fixture.tokenFor('community_worker', 'CN');
    epidemiologist = await fixture.tokenFor('epidemiologist', OWN);
    for (const name of ['链超市', '链饭店']) {
      const venue = await venueWithCode(fixture, maker, name, OWN);
      venues.push({ venueId: venue.venueId, jurisdictionCode: OWN, countyCode: '140703' });
      tokens.push(venue.venueToken);
    }
  });
  afterAll(() => fixture?.close());

  let serial = 0;
  const newPerson = async () => {
    const created = await fixture.request(maker, 'POST', '/api/v1/people', { name: `链${serial}`, documentType: 'resident_id', documentNumber: composeResidentId('140703', '1990-01-01', 800 + serial++), jurisdictionCode: OWN });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  };
  const item = (personId: string, hoursAgo: number, venue = 0): CheckinToWrite => ({
    personId,
    venue: venues[venue]!,
    enteredAt: nowSeconds - hoursAgo * HOUR,
    exitedAt: null,
    temperatureTenths: null,
    fever: false,
  });
  const write = (items: CheckinToWrite[]) => writeCheckins(fixture.platform, items, { actor: systemActor('chain'), operation: 'checkins.batch', source: 'device' });
  /** The person's check-ins in order of entry, as [hours ago entered, hours ago of the next entry or null]. */
  const chainOf = async (personId: string) => {
    const rows = await fixture.platform.database.db
      .selectFrom('checkins')
      .innerJoin('checkin_people', 'checkin_people.key', 'checkins.person_key')
      .select(['entered_at', 'next_entered_at'])
      .where('checkin_people.person_id', '=', personId)
      .orderBy('entered_at')
      .execute();
    return rows.map((row) => [(nowSeconds - Number(row.entered_at)) / HOUR, row.next_entered_at === null ? null : (nowSeconds - Number(row.next_entered_at)) / HOUR]);
  };

  test('each check-in points to the person’s next one, whatever order they arrive in, and a repeat changes nothing', async () => {
    const personId = await newPerson();
    await write([item(personId, 10)]);
    await write([item(personId, 2, 1)]);
    expect(await chainOf(personId)).toEqual([
      [10, 2],
      [2, null],
    ]);
    // A late batch with two stays between those, out of order, and a repeat.
    expect((await write([item(personId, 6), item(personId, 8, 1), item(personId, 6)])).outcomes).toEqual(['stored', 'stored', 'duplicate']);
    await write([item(personId, 4)]);
    await write([item(personId, 1)]);
    // Two stays entered in the same second at two venues: the next of either is the first later entry.
    await write([item(personId, 4, 1)]);
    expect(await chainOf(personId)).toEqual([
      [10, 8],
      [8, 6],
      [6, 4],
      [4, 2],
      [4, 2],
      [2, 1],
      [1, null],
    ]);
  });

  test('writers storing one person’s check-ins at the same time leave one whole chain', async () => {
    const personId = await newPerson();
    await write([item(personId, 12)]);
    // The first writer's commit is held open after it has linked its row; the second is sent meanwhile,
    // and on PostgreSQL commits beside it.
    const slow = writeCheckins(fixture.platform, [item(personId, 8)], { actor: systemActor(SLOW), operation: 'checkins.batch', source: 'device' });
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all([slow, write([item(personId, 4, 1)])]);
    expect(await chainOf(personId)).toEqual([
      [12, 8],
      [8, 4],
      [4, null],
    ]);
  });

  test('a contact’s stay without an exit ends at their next check-in, even when it is uploaded after the scan', async () => {
    const caseId = await newPerson();
    const contactId = await newPerson();
    const post = async (venue: number, items: { personId: string; enteredAt: string; exitedAt?: string }[]) => {
      const stored = await fixture.request(maker, 'POST', '/api/v1/checkins/batches', { token: tokens[venue], items });
      expect(stored.json(), stored.body).toMatchObject({ rejected: 0 });
    };
    const at = (minutes: number) => minutesAgo(fixture, minutes);
    // The case is at the supermarket for an hour; the contact comes in 6 minutes after, without scanning out.
    await post(0, [
      { personId: caseId, enteredAt: at(30 * 60), exitedAt: at(29 * 60) },
      { personId: contactId, enteredAt: at(30 * 60 - 6) },
    ]);
    const reported = await fixture.request(epidemiologist, 'POST', '/api/v1/cases', {
      personId: caseId,
      classification: 'confirmed',
      basis: 'positive_test',
      onsetDate: new Date(fixture.clock.now().getTime() - 24 * HOUR * 1000).toISOString().slice(0, 10),
      detectedAt: at(120),
      reportedAt: at(60),
    });
    expect(reported.statusCode, reported.body).toBe(201);
    const contactOf = async () => {
      const traced = await fixture.request(epidemiologist, 'POST', `/api/v1/cases/${reported.json().id}/trace`);
      expect(traced.statusCode, traced.body).toBe(200);
      const listed = await fixture.request(epidemiologist, 'GET', `/api/v1/cases/${reported.json().id}/contacts?limit=50`);
      return (listed.json().items as { personId: string; category: string; evidence: { minutes: number; contactExit: string }[] }[]).find((candidate) => candidate.personId === contactId);
    };
    // Taken to stay the protocol's dwell time, the contact shares more than 15 minutes: a close contact.
    expect(await contactOf()).toMatchObject({ category: 'close_copresence', evidence: [{ contactExit: 'dwell' }] });
    // The restaurant's device then uploads the contact's scan there, 10 minutes after they entered the supermarket.
    await post(1, [{ personId: contactId, enteredAt: at(30 * 60 - 16) }]);
    expect(await contactOf()).toMatchObject({ category: 'venue_contact', evidence: [{ minutes: 10, contactExit: 'next_checkin' }] });
  });
});

describeEachDialect('the migration that starts the chain', (dialect) => {
  test('fills in the next check-in of every stored check-in, and the venue index covers it', async () => {
    const database = await openTestDatabase(dialect, '0010-venue-compliance');
    try {
      const db = database.db;
      if (dialect === 'postgres') await sql`create table checkins_y2025m11 partition of checkins for values from (1761955200) to (1764547200)`.execute(db);
      await db.insertInto('checkin_people').values([{ person_id: 'p-1' }, { person_id: 'p-2' }]).execute();
      const day = 1_764_000_000;
      // Person 1 in three stays, two of them entered in the same second; person 2 once.
      const stays: [number, number, number][] = [
        [1, 1, day],
        [1, 2, day + 600],
        [1, 3, day + 600],
        [1, 1, day + 7200],
        [2, 1, day + 60],
      ];
      await db
        .insertInto('checkins')
        .values(stays.map(([person, venue, entered]) => ({ person_key: person, venue_key: venue, entered_at: entered, source: 'scan', county_code: '140703', jurisdiction_code: OWN, recorded_at: entered })))
        .execute();
      await migrateToLatest(database);
      const rows = await db.selectFrom('checkins').select(['person_key', 'venue_key', 'entered_at', 'next_entered_at']).orderBy('person_key').orderBy('entered_at').orderBy('venue_key').execute();
      expect(rows.map((row) => [Number(row.person_key), Number(row.venue_key), Number(row.entered_at) - day, row.next_entered_at === null ? null : Number(row.next_entered_at) - day])).toEqual([
        [1, 1, 0, 600],
        [1, 2, 600, 7200],
        [1, 3, 600, 7200],
        [1, 1, 7200, null],
        [2, 1, 60, null],
      ]);
      const definition =
        dialect === 'postgres'
          ? (await sql<{ definition: string }>`select indexdef as definition from pg_indexes where indexname = 'checkins_venue_time'`.execute(db)).rows[0]!.definition
          : (await sql<{ definition: string }>`select sql as definition from sqlite_master where name = 'checkins_venue_time'`.execute(db)).rows[0]!.definition;
      expect(definition).toMatch(/next_entered_at/);
    } finally {
      await database.close();
    }
  });
});
