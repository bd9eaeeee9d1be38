import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { describeEachDialect, openTestDatabase } from './databases.ts';

describeEachDialect('test databases', (dialect) => {
  let database: Database;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  it('opens on the requested dialect', () => {
    expect(database.dialect).toBe(dialect);
  });

  it('is migrated: the core tables exist and start empty', async () => {
    expect(await database.db.selectFrom('jurisdictions').selectAll().execute()).toEqual([]);
    expect(await database.db.selectFrom('people').selectAll().execute()).toEqual([]);
    expect(await database.db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
  });

  it('migrating again applies nothing', async () => {
    expect(await migrateToLatest(database)).toEqual([]);
  });

  it('refuses to update or delete audit records', async () => {
    await database.db
      .insertInto('audit_log')
      .values({
        seq: 1,
        id: 'audit-test-1',
        at: '2026-11-24T08:00:00.000Z',
        purpose: 'test',
        operation: 'test.append',
        outcome: 'ok',
        subject_count: 0,
        detail: '{}',
        prev_hash: '0'.repeat(64),
        hash: '1'.repeat(64),
      })
      .execute();

    await expect(database.db.updateTable('audit_log').set({ outcome: 'tampered' }).where('seq', '=', 1).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(database.db.deleteFrom('audit_log').where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);

    const rows = await database.db.selectFrom('audit_log').select(['seq', 'outcome']).execute();
    expect(rows).toEqual([{ seq: 1, outcome: 'ok' }]);
  });
});
