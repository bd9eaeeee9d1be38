import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeCheckins, type CheckinToWrite } from '../src/checkins/ingest.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { stayReaderOf } from '../src/tracing/stay-store.ts';
import { venueWithCode } from './checkin-helpers.ts';
import { describeEachDialect } from './databases.ts';
import { composeResidentId, createFixture, type Fixture } from './fixture.ts';

const OWN = '140703001001';
const HOUR = 3600;

/*
 * The reads tracing makes of a venue's time, asked for many spans at once: each span gets the stays that
 * may be under way during it, from the venue index within the reach, and long recorded stays from before.
 */
describeEachDialect('stays at venues, read for many spans at once', (dialect) => {
  let fixture: Fixture;
  const venueKeys: number[] = [];
  let nowSeconds: number;

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    nowSeconds = Math.floor(fixture.clock.now().getTime() / 1000);
    const maker = await fixture.tokenFor('community_worker', 'CN');
    const venues: CheckinToWrite['venue'][] = [];
    for (const name of ['读超市', '读工厂']) {
      const venue = await venueWithCode(fixture, maker, name, OWN);
      venues.push({ venueId: venue.venueId, jurisdictionCode: OWN, countyCode: '140703' });
    }
    const people: string[] = [];
    for (let index = 0; index < 4; index++) {
      const created = await fixture.request(maker, 'POST', '/api/v1/people', { name: `读${index}`, documentType: 'resident_id', documentNumber: composeResidentId('140703', '1980-02-02', 900 + index), jurisdictionCode: OWN });
      people.push(created.json().id);
    }
    const at = (personIndex: number, venue: number, enteredHoursAgo: number, exitedHoursAgo: number | null): CheckinToWrite => ({
      personId: people[personIndex]!,
      venue: venues[venue]!,
      enteredAt: nowSeconds - enteredHoursAgo * HOUR,
      exitedAt: exitedHoursAgo === null ? null : nowSeconds - exitedHoursAgo * HOUR,
      temperatureTenths: null,
      fever: false,
    });
    await writeCheckins(
      fixture.platform,
      [
        // At the supermarket: within the reach before the span, a long recorded stay from further back, one entered after the span, one long gone.
        at(0, 0, 11, null),
        at(1, 0, 16, 9),
        at(2, 0, 8.5, null),
        at(3, 0, 30, 29),
        // At the factory.
        at(0, 1, 6, 5.5),
      ],
      { actor: systemActor('reads'), operation: 'checkins.batch', source: 'device' },
    );
    const keys = await fixture.platform.database.db.selectFrom('checkin_venues').select(['key', 'venue_id']).execute();
    for (const venue of venues) venueKeys.push(Number(keys.find((row) => row.venue_id === venue.venueId)!.key));
  });
  afterAll(() => fixture?.close());

  test('each span gets the stays that may be under way during it, long recorded stays included, in the order asked', async () => {
    const reader = stayReaderOf(fixture.platform.database);
    const [supermarket, factory, empty] = await reader.staysAt([
      { venue: venueKeys[0]!, from: nowSeconds - 10 * HOUR, to: nowSeconds - 9 * HOUR, reach: 3 * HOUR },
      { venue: venueKeys[1]!, from: nowSeconds - 7 * HOUR, to: nowSeconds - 5 * HOUR, reach: 3 * HOUR },
      { venue: venueKeys[1]!, from: nowSeconds - 2 * HOUR, to: nowSeconds - HOUR, reach: 3 * HOUR },
    ]);
    const hoursAgo = (stays: { enteredAt: number }[]) => stays.map((stay) => (nowSeconds - stay.enteredAt) / HOUR).sort((a, b) => b - a);
    // Entered 11 hours ago (within the 3-hour reach of the span’s start) and the 7-hour stay from 16 hours ago; the
    // factory’s stay began 6 hours ago, beyond the reach of the last span, which therefore gets nothing.
    expect(hoursAgo(supermarket!)).toEqual([16, 11]);
    expect(supermarket!.find((stay) => stay.enteredAt === nowSeconds - 11 * HOUR)).toMatchObject({ exitedAt: null, nextEnteredAt: nowSeconds - 6 * HOUR });
    expect(hoursAgo(factory!)).toEqual([6]);
    expect(empty).toEqual([]);
  });
});
