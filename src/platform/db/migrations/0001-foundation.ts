import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database.ts';
import { columnTypes, type VersionedMigration } from './types.ts';

/** Jurisdictions, places, people, accounts, credentials and idempotency keys. */
export const foundation: VersionedMigration = {
  name: '0001-foundation',
  async up(db: Kysely<any>, dialect: DialectName) {
    const type = columnTypes(dialect);

    await db.schema
      .createTable('jurisdictions')
      .addColumn('code', 'text', (column) => column.primaryKey())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('parent_code', 'text', (column) => column.references('jurisdictions.code'))
      .addColumn('path', sql.raw(type.sortedText), (column) => column.notNull().unique())
      .addColumn('depth', 'integer', (column) => column.notNull())
      .addColumn('level', 'text', (column) => column.notNull())
      .addColumn('county_code', 'text')
      .addColumn('time_zone', 'text', (column) => column.notNull())
      .addColumn('created_at', sql.raw(type.instant), (column) => column.notNull())
      .execute();
    await db.schema.createIndex('jurisdictions_parent').on('jurisdictions').column('parent_code').execute();
    await db.schema.createIndex('jurisdictions_name').on('jurisdictions').column('name').execute();

    await db.schema
      .createTable('places')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('parent_id', 'text', (column) => column.references('places.id'))
      .addColumn('jurisdiction_code', 'text', (column) => column.notNull().references('jurisdictions.code'))
      .addColumn('county_code', 'text')
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('venue_type', 'text')
      .addColumn('address', 'text')
      .addColumn('latitude', sql.raw(type.real))
      .addColumn('longitude', sql.raw(type.real))
      .addColumn('outline', 'text')
      .addColumn('external_ref', 'text', (column) => column.unique())
      .addColumn('created_at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('updated_at', sql.raw(type.instant), (column) => column.notNull())
      .execute();
    await db.schema.createIndex('places_jurisdiction').on('places').columns(['jurisdiction_code', 'kind']).execute();
    await db.schema.createIndex('places_parent').on('places').column('parent_id').execute();

    await db.schema
      .createTable('people')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('jurisdiction_code', 'text', (column) => column.notNull().references('jurisdictions.code'))
      .addColumn('county_code', 'text')
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('document_type', 'text', (column) => column.notNull())
      .addColumn('document_number_cipher', 'text', (column) => column.notNull())
      .addColumn('document_number_hash', 'text', (column) => column.notNull())
      .addColumn('document_number_masked', 'text', (column) => column.notNull())
      .addColumn('phone_cipher', 'text')
      .addColumn('phone_hash', 'text')
      .addColumn('phone_masked', 'text')
      .addColumn('birth_date', 'text')
      .addColumn('sex', 'text', (column) => column.notNull())
      .addColumn('household_id', 'text', (column) => column.references('places.id'))
      .addColumn('affiliation_id', 'text', (column) => column.references('places.id'))
      .addColumn('priority_groups', 'text', (column) => column.notNull())
      .addColumn('created_at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('updated_at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('version', 'integer', (column) => column.notNull())
      .addUniqueConstraint('people_document', ['document_type', 'document_number_hash'])
      .execute();
    await db.schema.createIndex('people_jurisdiction').on('people').columns(['jurisdiction_code', 'id']).execute();
    await db.schema.createIndex('people_phone').on('people').column('phone_hash').execute();
    await db.schema.createIndex('people_name').on('people').column('name').execute();
    await db.schema.createIndex('people_household').on('people').column('household_id').execute();

    await db.schema
      .createTable('accounts')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('username', 'text', (column) => column.notNull().unique())
      .addColumn('display_name', 'text', (column) => column.notNull())
      .addColumn('password_hash', 'text', (column) => column.notNull())
      .addColumn('role', 'text', (column) => column.notNull())
      .addColumn('jurisdiction_code', 'text', (column) => column.references('jurisdictions.code'))
      .addColumn('person_id', 'text', (column) => column.references('people.id'))
      .addColumn('disabled', 'integer', (column) => column.notNull())
      .addColumn('failed_logins', 'integer', (column) => column.notNull())
      .addColumn('locked_until', sql.raw(type.instant))
      .addColumn('created_at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('updated_at', sql.raw(type.instant), (column) => column.notNull())
      .execute();

    await db.schema
      .createTable('credentials')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('account_id', 'text', (column) => column.notNull().references('accounts.id'))
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('token_hash', 'text', (column) => column.notNull().unique())
      .addColumn('label', 'text')
      .addColumn('created_at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('expires_at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('last_used_at', sql.raw(type.instant))
      .addColumn('revoked_at', sql.raw(type.instant))
      .execute();
    await db.schema.createIndex('credentials_account').on('credentials').column('account_id').execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('account_id', 'text', (column) => column.notNull())
      .addColumn('key', 'text', (column) => column.notNull())
      .addColumn('request_hash', 'text', (column) => column.notNull())
      .addColumn('status', 'integer', (column) => column.notNull())
      .addColumn('body', 'text', (column) => column.notNull())
      .addColumn('created_at', sql.raw(type.instant), (column) => column.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['account_id', 'key'])
      .execute();
  },
};
