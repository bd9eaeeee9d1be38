import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database.ts';
import { columnTypes, type VersionedMigration } from './types.ts';

/** Matches LONG_STAY_SECONDS in src/tracing/stays.ts; a migration keeps its own copy, as it must never change. */
const LONG_STAY_SECONDS = 3 * 3600;

/**
 * Who was at a venue at some moment is read from the venue index alone: it now carries the exit too (a
 * covering index; INCLUDE on PostgreSQL). Stays recorded as longer than three hours also go to a partial
 * index of their own, so that a reader looks back only three hours (or the venue's dwell time) in the
 * main index, plus the few long stays, instead of a whole day.
 */
async function indexStaysForTracing(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await db.schema.dropIndex('checkins_venue_time').execute();
  const long = `exited_at - entered_at > ${LONG_STAY_SECONDS}`;
  if (dialect === 'postgres') {
    await sql.raw('create index checkins_venue_time on checkins (venue_key, entered_at, person_key) include (exited_at)').execute(db);
    await sql.raw(`create index checkins_long_stays on checkins (venue_key, entered_at) include (person_key, exited_at) where ${long}`).execute(db);
  } else {
    await sql.raw('create index checkins_venue_time on checkins (venue_key, entered_at, person_key, exited_at)').execute(db);
    await sql.raw(`create index checkins_long_stays on checkins (venue_key, entered_at, person_key, exited_at) where ${long}`).execute(db);
  }
}

/**
 * Contact tracing (流调): the candidate contacts computed for a case with their evidence and score, the
 * epidemiologist's decision on each, the managed persons a confirmation creates, and the transmission links
 * between cases from which chains and clusters are drawn.
 */
export const tracing: VersionedMigration = {
  name: '0009-tracing',
  async up(db: Kysely<any>, dialect: DialectName) {
    const type = columnTypes(dialect);
    await indexStaysForTracing(db, dialect);
    await db.schema
      .createTable('contact_candidates')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id'))
      // Candidates are the investigation's work: they are seen where the case is investigated.
      .addColumn('case_jurisdiction_code', 'text', (column) => column.notNull())
      .addColumn('person_id', 'text', (column) => column.notNull().references('people.id'))
      .addColumn('jurisdiction_code', 'text', (column) => column.notNull())
      .addColumn('degree', 'integer', (column) => column.notNull())
      .addColumn('via_person_id', 'text')
      .addColumn('category', 'text', (column) => column.notNull())
      .addColumn('evidence', 'text', (column) => column.notNull())
      .addColumn('first_exposure_at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('last_exposure_at', sql.raw(type.instant), (column) => column.notNull())
      .addColumn('exposure_minutes', 'integer')
      .addColumn('score', sql.raw(type.real), (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', sql.raw(type.instant))
      .addColumn('decision_note', 'text')
      .addColumn('computed_at', sql.raw(type.instant), (column) => column.notNull())
      .addUniqueConstraint('contact_candidates_case_person', ['case_id', 'person_id'])
      .execute();
    await db.schema.createIndex('contact_candidates_case').on('contact_candidates').columns(['case_id', 'status', 'score']).execute();
    await db.schema.createIndex('contact_candidates_person').on('contact_candidates').columns(['person_id', 'status']).execute();

    await db.schema
      .createTable('managed_persons')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('person_id', 'text', (column) => column.notNull().references('people.id'))
      // Measures are carried out where the person lives.
      .addColumn('jurisdiction_code', 'text', (column) => column.notNull())
      .addColumn('county_code', 'text')
      .addColumn('category', 'text', (column) => column.notNull())
      .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id'))
      .addColumn('candidate_id', 'text', (column) => column.notNull().unique().references('contact_candidates.id'))
      .addColumn('protocol_id', 'text', (column) => column.notNull())
      .addColumn('stages', 'text', (column) => column.notNull())
      .addColumn('starts_on', 'text', (column) => column.notNull())
      .addColumn('ends_on', 'text', (column) => column.notNull())
      .addColumn('created_by', 'text', (column) => column.notNull())
      .addColumn('created_at', sql.raw(type.instant), (column) => column.notNull())
      .execute();
    await db.schema.createIndex('managed_persons_jurisdiction').on('managed_persons').columns(['jurisdiction_code', 'ends_on', 'id']).execute();
    await db.schema.createIndex('managed_persons_person').on('managed_persons').columns(['person_id', 'ends_on']).execute();

    await db.schema
      .createTable('transmission_links')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('infector_case_id', 'text', (column) => column.notNull().references('cases.id'))
      .addColumn('infectee_case_id', 'text', (column) => column.notNull().references('cases.id'))
      .addColumn('jurisdiction_code', 'text', (column) => column.notNull())
      .addColumn('setting', 'text', (column) => column.notNull())
      .addColumn('confidence', 'text', (column) => column.notNull())
      .addColumn('evidence', 'text', (column) => column.notNull())
      .addColumn('note', 'text')
      .addColumn('created_by', 'text', (column) => column.notNull())
      .addColumn('created_at', sql.raw(type.instant), (column) => column.notNull())
      .addUniqueConstraint('transmission_links_pair', ['infector_case_id', 'infectee_case_id'])
      .addCheckConstraint('transmission_links_not_self', sql`infector_case_id <> infectee_case_id`)
      .execute();
    await db.schema.createIndex('transmission_links_infectee').on('transmission_links').columns(['infectee_case_id']).execute();
  },
};
