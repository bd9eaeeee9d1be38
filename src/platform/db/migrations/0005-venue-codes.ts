import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database.ts';
import { columnTypes, type VersionedMigration } from './types.ts';

/** Printable venue codes: each names a venue; a revoked code stays, revoked for good, with who and why. */
export const venueCodes: VersionedMigration = {
  name: '0005-venue-codes',
  async up(db: Kysely<any>, dialect: DialectName) {
    const type = columnTypes(dialect);
    await db.schema
      .createTable('venue_codes')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('venue_id', 'text', (column) => column.notNull().references('places.id'))
      .addColumn('jurisdiction_code', 'text', (column) => column.notNull().references('jurisdictions.code'))
      .addColumn('county_code', 'text')
      .addColumn('label', 'text')
      .addColumn('created_at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('created_by', 'text', (column) => column.notNull())
      .addColumn('revoked_at', sql.raw(type.instant))
      .addColumn('revoked_by', 'text')
      .addColumn('revoked_reason', 'text')
      // Revoked means revoked by someone, for a reason: the three are set together or not at all.
      .addCheckConstraint('venue_codes_revocation', sql`(revoked_at is null) = (revoked_by is null) and (revoked_at is null) = (revoked_reason is null)`)
      .execute();
    // A venue's codes in the order they were issued.
    await db.schema.createIndex('venue_codes_venue').on('venue_codes').columns(['venue_id', 'id']).execute();
    await db.schema.createIndex('venue_codes_jurisdiction').on('venue_codes').column('jurisdiction_code').execute();

    // Revoking is final, whatever writes to the table: a printed code once withdrawn never comes back.
    if (dialect === 'sqlite') {
      await sql
        .raw(
          `CREATE TRIGGER venue_codes_revocation_final BEFORE UPDATE ON venue_codes WHEN OLD.revoked_at IS NOT NULL ` +
            `BEGIN SELECT RAISE(ABORT, 'a revoked venue code cannot change'); END`,
        )
        .execute(db);
    } else {
      await sql
        .raw(
          `CREATE OR REPLACE FUNCTION bulwark_refuse_venue_code_change() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN RAISE EXCEPTION 'a revoked venue code cannot change' USING ERRCODE = 'check_violation'; END $$`,
        )
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER venue_codes_revocation_final BEFORE UPDATE ON venue_codes ` +
            `FOR EACH ROW WHEN (OLD.revoked_at IS NOT NULL) EXECUTE FUNCTION bulwark_refuse_venue_code_change()`,
        )
        .execute(db);
    }
  },
};
