import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database.ts';
import { columnTypes, type VersionedMigration } from './types.ts';

/**
 * Which protocol a jurisdiction follows from which local date (decision 0008). Rows are only ever added:
 * a change of rules is a new row with a later effective date, so the record of what was in force on any
 * past day is never rewritten. Triggers refuse UPDATE and DELETE, as on the audit log.
 */
export const protocolAssignments: VersionedMigration = {
  name: '0004-protocol-assignments',
  async up(db: Kysely<any>, dialect: DialectName) {
    const type = columnTypes(dialect);
    await db.schema
      .createTable('protocol_assignments')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('jurisdiction_code', 'text', (column) => column.notNull().references('jurisdictions.code'))
      .addColumn('county_code', 'text')
      .addColumn('protocol_id', 'text', (column) => column.notNull())
      .addColumn('effective_from', 'text', (column) => column.notNull())
      .addColumn('reason', 'text', (column) => column.notNull())
      .addColumn('assigned_by', 'text', (column) => column.notNull())
      .addColumn('created_at', sql.raw(type.instant), (column) => column.notNull())
      .execute();
    // Resolution reads the assignments of a jurisdiction's lineage up to a date.
    await db.schema.createIndex('protocol_assignments_lineage').on('protocol_assignments').columns(['jurisdiction_code', 'effective_from']).execute();

    if (dialect === 'sqlite') {
      for (const event of ['UPDATE', 'DELETE']) {
        await sql
          .raw(`CREATE TRIGGER protocol_assignments_no_${event.toLowerCase()} BEFORE ${event} ON protocol_assignments BEGIN SELECT RAISE(ABORT, 'protocol_assignments is append-only'); END`)
          .execute(db);
      }
    } else {
      // bulwark_refuse_audit_change (0002-audit) names the table it guards, so it serves here as well.
      await sql.raw('CREATE TRIGGER protocol_assignments_append_only BEFORE UPDATE OR DELETE ON protocol_assignments FOR EACH ROW EXECUTE FUNCTION bulwark_refuse_audit_change()').execute(db);
      await sql.raw('REVOKE UPDATE, DELETE ON protocol_assignments FROM PUBLIC').execute(db);
    }
  },
};
