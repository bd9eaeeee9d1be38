import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeCheckins, type CheckinToWrite } from '../src/checkins/ingest.ts';
import { purgeExpiredCheckins } from '../src/checkins/purge.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { listMonthlyPartitions } from '../src/platform/db/partitions.ts';
import { createFixture, type Fixture } from './fixture.ts';
import { describeEachDialect } from './databases.ts';

const DAY = 86_400;
/** The default retention (PROTOCOL.md): 28 days. */
const RETENTION_DAYS = 28;

/*
 * SECURITY.md goal 6: no check-in older than retention + 1 day remains after the purge; the purge is
 * idempotent and survives a kill mid-run.
 */
describeEachDialect('the retention purge of check-ins', (dialect) => {
  let fixture: Fixture;
  let nowSeconds: number;
  const seeded: CheckinToWrite[] = [];
  const db = () => fixture.platform.database.db;

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    nowSeconds = Math.floor(fixture.clock.now().getTime() / 1000);
    const maker = await fixture.tokenFor('community_worker', 'CN');
    const venues: CheckinToWrite['venue'][] = [];
    for (const [name, code, county] of [['东关超市', '140703001001', '140703'], ['胡村卫生室', '140703002001', '140703'], ['测试镇市场', '1407031001', '1407031']] as const) {
      const venue = await fixture.request(maker, 'POST', '/api/v1/places', { kind: 'venue', venueType: 'market', name, jurisdictionCode: code });
      venues.push({ venueId: venue.json().id, jurisdictionCode: code, countyCode: county });
    }
    const people: string[] = [];
    for (let index = 0; index < 4; index++) {
      const person = await fixture.request(maker, 'POST', '/api/v1/people', { name: `留存${index}`, documentType: 'passport', documentNumber: `K${String(index).padStart(7, '0')}`, jurisdictionCode: '140703001001' });
      people.push(person.json().id);
    }
    // Stays every 3 days over 110 days (four months), some feverish; the last person only long ago.
    for (let daysAgo = 110; daysAgo >= 0; daysAgo -= 3) {
      for (const [index, personId] of people.entries()) {
        if (index === 3 && daysAgo < 60) continue;
        const enteredAt = nowSeconds - daysAgo * DAY - index * 600;
        const temperatureTenths = (daysAgo + index) % 4 === 0 ? 385 : 365;
        seeded.push({ personId, venue: venues[(daysAgo + index) % venues.length]!, enteredAt, exitedAt: enteredAt + 1800, temperatureTenths, fever: temperatureTenths >= 373 });
      }
    }
    await seed();
  });
  afterAll(() => fixture.close());

  async function seed(): Promise<void> {
    for (let start = 0; start < seeded.length; start += 50) {
      await writeCheckins(fixture.platform, seeded.slice(start, start + 50), { actor: systemActor('test'), operation: 'checkins.import', source: 'import' });
    }
  }

  /** What every purge must leave: exactly the stays within retention, their flags, and the people they name. */
  async function expectRetainedOnly(): Promise<void> {
    const cutoff = nowSeconds - RETENTION_DAYS * DAY;
    const kept = seeded.filter((item) => item.enteredAt >= cutoff);
    const rows = await db().selectFrom('checkins').innerJoin('checkin_people', 'checkin_people.key', 'checkins.person_key').select(['person_id', 'entered_at']).execute();
    expect(rows.map((row) => `${row.person_id}@${row.entered_at}`).sort()).toEqual(kept.map((item) => `${item.personId}@${item.enteredAt}`).sort());
    expect(Math.min(...rows.map((row) => Number(row.entered_at)))).toBeGreaterThanOrEqual(nowSeconds - (RETENTION_DAYS + 1) * DAY);
    const flags = await db().selectFrom('fever_flags').select(['person_id', 'entered_at']).execute();
    expect(flags.map((flag) => `${flag.person_id}@${flag.entered_at}`).sort()).toEqual(kept.filter((item) => item.fever).map((item) => `${item.personId}@${item.enteredAt}`).sort());
    const keyed = await db().selectFrom('checkin_people').select('person_id').execute();
    expect(keyed.map((row) => row.person_id).sort()).toEqual([...new Set(kept.map((item) => item.personId))].sort());
  }

  async function snapshot() {
    return {
      checkins: await db().selectFrom('checkins').selectAll().orderBy('person_key').orderBy('entered_at').execute(),
      flags: await db().selectFrom('fever_flags').selectAll().orderBy('id').execute(),
      people: await db().selectFrom('checkin_people').selectAll().orderBy('key').execute(),
    };
  }

  test('after a purge, only the stays within retention remain, with their flags and people', async () => {
    const report = await purgeExpiredCheckins(fixture.platform, fixture.clock.now(), { chunkRows: 7 });
    expect(report.checkins + report.partitionsDropped.length).toBeGreaterThan(0);
    expect(report.people).toBe(1);
    await expectRetainedOnly();
    if (dialect === 'postgres') {
      // Whole months past retention go at once: August and September end before 27 October.
      expect(report.partitionsDropped).toEqual(['checkins_y2026m08', 'checkins_y2026m09']);
      expect((await listMonthlyPartitions(fixture.platform.database, 'checkins')).map((partition) => partition.name)).toEqual(['checkins_y2026m10', 'checkins_y2026m11']);
    }
  });

  test('a second purge changes nothing', async () => {
    const before = await snapshot();
    const report = await purgeExpiredCheckins(fixture.platform, fixture.clock.now(), { chunkRows: 7 });
    expect(report).toEqual({ checkins: 0, feverFlags: 0, people: 0, partitionsDropped: [] });
    expect(await snapshot()).toEqual(before);
  });

  test('a purge interrupted after one chunk loses nothing, and the next run ends in the same state', async () => {
    await seed();
    const before = await snapshot();
    expect(before.checkins.length).toBe(seeded.length);
    let chunks = 0;
    const interrupted = purgeExpiredCheckins(fixture.platform, fixture.clock.now(), {
      chunkRows: 7,
      afterChunk: () => {
        if (++chunks === 1) throw new Error('killed');
      },
    });
    await expect(interrupted).rejects.toThrow('killed');
    // One chunk went (flags or stays), the rest is still there, and every stay within retention too.
    const halfway = await snapshot();
    expect(halfway.checkins.length + halfway.flags.length).toBeLessThan(seeded.length + seeded.filter((item) => item.fever).length);
    expect(halfway.checkins.length).toBeGreaterThan(seeded.filter((item) => item.enteredAt >= nowSeconds - RETENTION_DAYS * DAY).length);
    expect(halfway.people.length).toBe(4);
    await purgeExpiredCheckins(fixture.platform, fixture.clock.now(), { chunkRows: 7 });
    await expectRetainedOnly();
    const auditor = await fixture.tokenFor('auditor', 'CN');
    const runs = (await fixture.request(auditor, 'GET', '/api/v1/audit?operation=checkins.purge')).json().items;
    expect(runs.length).toBe(3);
  });

  test('a person key this process remembers, which another process’s purge removed meanwhile, is refused and replaced', async () => {
    const again = { ...seeded[seeded.length - 1]!, enteredAt: nowSeconds - 3600, fever: false };
    await writeCheckins(fixture.platform, [again], { actor: systemActor('test'), operation: 'checkins.import', source: 'import' });
    // What a purge in another process does: the person's stays go, then the key no stay refers to.
    const key = (await db().selectFrom('checkin_people').select('key').where('person_id', '=', again.personId).executeTakeFirstOrThrow()).key;
    await db().deleteFrom('fever_flags').where('person_id', '=', again.personId).execute();
    await db().deleteFrom('checkins').where('person_key', '=', key).execute();
    await db().deleteFrom('checkin_people').where('key', '=', key).execute();
    const written = await writeCheckins(fixture.platform, [again], { actor: systemActor('test'), operation: 'checkins.import', source: 'import' });
    expect(written.outcomes).toEqual(['stored']);
    const renewed = await db().selectFrom('checkin_people').select('key').where('person_id', '=', again.personId).executeTakeFirstOrThrow();
    expect(Number(renewed.key)).toBeGreaterThan(Number(key));
    expect(written.rows[0]!.person_key).toBe(Number(renewed.key));
  });
});
