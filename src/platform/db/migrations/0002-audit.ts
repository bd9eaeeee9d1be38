import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database.ts';
import { GENESIS_HASH } from '../../audit/chain.ts';
import { columnTypes, type VersionedMigration } from './types.ts';

/**
 * The audit log: append-only in the database itself (SECURITY.md goals 4 and 5). Triggers refuse every
 * UPDATE and DELETE (and TRUNCATE on PostgreSQL) whoever runs them; on PostgreSQL the privileges are
 * revoked as well, so that an application role that does not own the tables cannot drop the triggers.
 */
export const audit: VersionedMigration = {
  name: '0002-audit',
  async up(db: Kysely<any>, dialect: DialectName) {
    const type = columnTypes(dialect);
    await db.schema
      .createTable('audit_log')
      .addColumn('seq', sql.raw(type.bigint), (column) => column.primaryKey())
      .addColumn('id', 'text', (column) => column.notNull().unique())
      .addColumn('at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('actor_account_id', 'text')
      .addColumn('actor_role', 'text')
      .addColumn('actor_jurisdiction', 'text')
      .addColumn('purpose', 'text', (column) => column.notNull())
      .addColumn('operation', 'text', (column) => column.notNull())
      .addColumn('outcome', 'text', (column) => column.notNull())
      .addColumn('source_address', 'text')
      .addColumn('subject_count', 'integer', (column) => column.notNull())
      .addColumn('detail', 'text', (column) => column.notNull())
      .addColumn('prev_hash', 'text', (column) => column.notNull())
      .addColumn('hash', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
    await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_account_id', 'seq']).execute();

    await db.schema
      .createTable('audit_subjects')
      .addColumn('audit_seq', sql.raw(type.bigint), (column) => column.notNull().references('audit_log.seq'))
      .addColumn('person_id', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('audit_subjects_pk', ['audit_seq', 'person_id'])
      .execute();
    await db.schema.createIndex('audit_subjects_person').on('audit_subjects').columns(['person_id', 'audit_seq']).execute();

    // The head of the chain, so that verify also notices records removed from the end.
    await db.schema
      .createTable('audit_anchor')
      .addColumn('id', 'integer', (column) => column.primaryKey())
      .addColumn('seq', sql.raw(type.bigint), (column) => column.notNull())
      .addColumn('hash', 'text', (column) => column.notNull())
      .execute();
    await db.insertInto('audit_anchor').values({ id: 1, seq: 0, hash: GENESIS_HASH }).execute();

    for (const table of ['audit_log', 'audit_subjects']) {
      if (dialect === 'sqlite') {
        for (const event of ['UPDATE', 'DELETE']) {
          await sql
            .raw(
              `CREATE TRIGGER ${table}_no_${event.toLowerCase()} BEFORE ${event} ON ${table} ` +
                `BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
            )
            .execute(db);
        }
      } else {
        await sql
          .raw(
            `CREATE OR REPLACE FUNCTION bulwark_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$`,
          )
          .execute(db);
        await sql
          .raw(
            `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} ` +
              `FOR EACH ROW EXECUTE FUNCTION bulwark_refuse_audit_change()`,
          )
          .execute(db);
        await sql
          .raw(
            `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} ` +
              `FOR EACH STATEMENT EXECUTE FUNCTION bulwark_refuse_audit_change()`,
          )
          .execute(db);
        await sql.raw(`REVOKE UPDATE, DELETE, TRUNCATE ON ${table} FROM PUBLIC`).execute(db);
      }
    }
  },
};
