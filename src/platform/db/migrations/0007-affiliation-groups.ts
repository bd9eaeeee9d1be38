import type { Kysely } from 'kysely';
import type { VersionedMigration } from './types.ts';

/**
 * A person's group within their affiliation: the class of a school, the team of a workplace. Contact
 * tracing asks for everyone in one class or team, which the index answers as one range.
 */
export const affiliationGroups: VersionedMigration = {
  name: '0007-affiliation-groups',
  async up(db: Kysely<any>) {
    await db.schema.alterTable('people').addColumn('affiliation_group', 'text').execute();
    // Also serves "everyone at this venue", as its leading column.
    await db.schema.createIndex('people_affiliation_group').on('people').columns(['affiliation_id', 'affiliation_group']).execute();
  },
};
