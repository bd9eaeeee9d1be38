import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database } from '../src/platform/db/database.ts';
import { columnTypes } from '../src/platform/db/migrations/types.ts';
import { dropMonthlyPartition, ensureMonthlyPartitions, listMonthlyPartitions, monthlyPartitionName, partitionByTime } from '../src/platform/db/partitions.ts';
import { describeEachDialect, openTestDatabase } from './databases.ts';

describeEachDialect('time-partitioned big tables', (dialect) => {
  let database: Database;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let db: Kysely<any>;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    db = database.db as unknown as Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const type = columnTypes(dialect);
    await partitionByTime(
      db.schema
        .createTable('sample_events')
        .addColumn('id', 'text', (column) => column.notNull())
        .addColumn('county_code', 'text', (column) => column.notNull())
        .addColumn('recorded_at', sql.raw(type.instant), (column) => column.notNull())
        // PostgreSQL requires the partition column in every unique key.
        .addPrimaryKeyConstraint('sample_events_pk', ['id', 'recorded_at']),
      dialect,
      'recorded_at',
    ).execute();
  });
  afterAll(() => database.close());

  const seconds = (iso: string) => Date.parse(iso) / 1000;

  test('rows land in the partition of their month and come back as one table', async () => {
    const names = await ensureMonthlyPartitions(database, 'sample_events', new Date('2026-11-15T00:00:00Z'), new Date('2026-12-31T23:00:00Z'));
    expect(names).toEqual(dialect === 'postgres' ? ['sample_events_y2026m11', 'sample_events_y2026m12'] : []);
    await db
      .insertInto('sample_events')
      .values([
        { id: 'a', county_code: '140703', recorded_at: '2026-11-30T23:59:59.999Z' },
        { id: 'b', county_code: '140703', recorded_at: '2026-12-01T00:00:00.000Z' },
      ])
      .execute();
    const rows = await db.selectFrom('sample_events').select(['id', 'recorded_at']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'a', recorded_at: '2026-11-30T23:59:59.999Z' },
      { id: 'b', recorded_at: '2026-12-01T00:00:00.000Z' },
    ]);
    if (dialect === 'postgres') {
      const placed = await sql<{ id: string; partition: string }>`select id, tableoid::regclass::text as partition from sample_events order by id`.execute(db);
      expect(placed.rows).toEqual([
        { id: 'a', partition: monthlyPartitionName('sample_events', new Date('2026-11-01T00:00:00Z')) },
        { id: 'b', partition: monthlyPartitionName('sample_events', new Date('2026-12-01T00:00:00Z')) },
      ]);
      // A row for a month without a partition is refused rather than silently kept somewhere.
      await expect(db.insertInto('sample_events').values({ id: 'c', county_code: '140703', recorded_at: '2027-03-01T00:00:00.000Z' }).execute()).rejects.toThrow(/no partition/);
      // Ensuring again is harmless.
      expect(await ensureMonthlyPartitions(database, 'sample_events', new Date('2026-11-01T00:00:00Z'), new Date('2026-11-02T00:00:00Z'))).toEqual(['sample_events_y2026m11']);
    }
  });

  test('an integer column of epoch seconds is partitioned by month too, and a month can be dropped whole', async () => {
    await partitionByTime(
      db.schema
        .createTable('sample_stays')
        .addColumn('person_key', 'bigint', (column) => column.notNull())
        .addColumn('county_code', 'text', (column) => column.notNull())
        .addColumn('entered_at', 'bigint', (column) => column.notNull())
        .addPrimaryKeyConstraint('sample_stays_pk', ['person_key', 'entered_at']),
      dialect,
      'entered_at',
    ).execute();
    const names = await ensureMonthlyPartitions(database, 'sample_stays', new Date('2026-10-31T00:00:00Z'), new Date('2026-11-02T00:00:00Z'), 'epoch-seconds');
    expect(names).toEqual(dialect === 'postgres' ? ['sample_stays_y2026m10', 'sample_stays_y2026m11'] : []);
    const stays = [
      { person_key: 1, county_code: '140703', entered_at: seconds('2026-10-31T23:59:59Z') },
      { person_key: 1, county_code: '140703', entered_at: seconds('2026-11-01T00:00:00Z') },
    ];
    await db.insertInto('sample_stays').values(stays).execute();
    expect(await db.selectFrom('sample_stays').select(['person_key', 'entered_at']).orderBy('entered_at').execute()).toEqual(stays.map(({ person_key, entered_at }) => ({ person_key, entered_at })));
    if (dialect !== 'postgres') return;
    const placed = await sql<{ entered_at: number; partition: string }>`select entered_at, tableoid::regclass::text as partition from sample_stays order by entered_at`.execute(db);
    expect(placed.rows.map((row) => row.partition)).toEqual(['sample_stays_y2026m10', 'sample_stays_y2026m11']);
    await expect(db.insertInto('sample_stays').values({ person_key: 2, county_code: '140703', entered_at: seconds('2026-12-01T00:00:00Z') }).execute()).rejects.toThrow(/no partition/);
    // Concurrent sessions ensuring the same new month all succeed, and it exists once.
    await Promise.all(Array.from({ length: 4 }, () => ensureMonthlyPartitions(database, 'sample_stays', new Date('2026-12-05T00:00:00Z'), new Date('2026-12-06T00:00:00Z'), 'epoch-seconds')));
    const partitions = await listMonthlyPartitions(database, 'sample_stays');
    expect(partitions.map((partition) => partition.name)).toEqual(['sample_stays_y2026m10', 'sample_stays_y2026m11', 'sample_stays_y2026m12']);
    expect(partitions[0]).toMatchObject({ start: new Date('2026-10-01T00:00:00Z'), end: new Date('2026-11-01T00:00:00Z') });
    await dropMonthlyPartition(database, partitions[0]!);
    expect((await db.selectFrom('sample_stays').select('entered_at').execute()).map((row) => row.entered_at)).toEqual([seconds('2026-11-01T00:00:00Z')]);
    // A dropped month is created again on demand.
    expect(await ensureMonthlyPartitions(database, 'sample_stays', new Date('2026-10-15T00:00:00Z'), new Date('2026-10-15T00:00:00Z'), 'epoch-seconds')).toEqual(['sample_stays_y2026m10']);
    await db.insertInto('sample_stays').values({ person_key: 3, county_code: '140703', entered_at: seconds('2026-10-15T00:00:00Z') }).execute();
  });
});
