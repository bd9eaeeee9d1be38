import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database.ts';
import { columnTypes, type VersionedMigration } from './types.ts';

/** The measures a compliance check judges, each a column pair (outcome, note); see the table below. */
const MEASURES = ['masks', 'ventilation', 'disinfection', 'distancing'] as const;
const OUTCOMES = "('compliant', 'not_compliant', 'not_applicable')";

/**
 * Compliance checks of venues (常态化防控措施: masks, ventilation, disinfection, the one-metre line), the
 * daily ledger's own records. One column per measure's outcome and one per its note rather than a JSON
 * document: "venues not compliant on masks this week" is then a plain, indexable condition, the same SQL
 * on both databases (their JSON operators differ), and the outcomes are checked by the database itself.
 * No person is named, so the check-in retention purge leaves these rows alone.
 */
export const venueCompliance: VersionedMigration = {
  name: '0010-venue-compliance',
  async up(db: Kysely<any>, dialect: DialectName) {
    const type = columnTypes(dialect);
    let table = db.schema
      .createTable('venue_compliance_records')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('venue_id', 'text', (column) => column.notNull().references('places.id'))
      .addColumn('jurisdiction_code', 'text', (column) => column.notNull().references('jurisdictions.code'))
      .addColumn('county_code', 'text')
      // The venue's local day (YYYY-MM-DD in its jurisdiction's time zone) the check belongs to.
      .addColumn('local_date', 'text', (column) => column.notNull())
      .addColumn('checked_at', sql.raw(type.instant), (column) => column.notNull());
    for (const measure of MEASURES) {
      table = table
        .addColumn(`${measure}_outcome`, 'text', (column) => column.notNull())
        .addColumn(`${measure}_note`, 'text')
        .addCheckConstraint(`venue_compliance_records_${measure}`, sql.raw(`${measure}_outcome in ${OUTCOMES}`));
    }
    await table
      .addColumn('note', 'text')
      .addColumn('recorded_by', 'text', (column) => column.notNull())
      .addColumn('recorded_at', sql.raw(type.instant), (column) => column.notNull())
      .execute();
    // A venue's day, and its history over a range of days.
    await db.schema.createIndex('venue_compliance_records_venue_day').on('venue_compliance_records').columns(['venue_id', 'local_date', 'id']).execute();
  },
};
