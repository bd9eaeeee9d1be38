import type { Kysely } from 'kysely';
import type { VersionedMigration } from './types.ts';

/**
 * The affiliation index carries the person's id, so that "everyone at this venue" (its staff and pupils,
 * whose missing exits tracing imputes as a working day) is read from the index alone. Without it each of a
 * factory's thousands of workers was a read of their whole people row, to learn the id.
 */
export const affiliationPeople: VersionedMigration = {
  name: '0012-affiliation-people',
  async up(db: Kysely<any>) {
    await db.schema.dropIndex('people_affiliation_group').execute();
    await db.schema.createIndex('people_affiliation_group').on('people').columns(['affiliation_id', 'affiliation_group', 'id']).execute();
  },
};
