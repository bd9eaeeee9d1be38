import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database } from '../src/platform/db/database.ts';
import { columnTypes } from '../src/platform/db/migrations/types.ts';
import { ensureMonthlyPartitions, monthlyPartitionName, partitionByTime } from '../src/platform/db/partitions.ts';
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
});
