import { Migrator, type Migration, type MigrationResultSet } from 'kysely';
import type { Database } from './database.ts';
import { foundation } from './migrations/0001-foundation.ts';
import { audit } from './migrations/0002-audit.ts';
import { bulletins } from './migrations/0003-bulletins.ts';
import { protocolAssignments } from './migrations/0004-protocol-assignments.ts';
import { venueCodes } from './migrations/0005-venue-codes.ts';
import { checkins } from './migrations/0006-checkins.ts';
import { affiliationGroups } from './migrations/0007-affiliation-groups.ts';
import { cases } from './migrations/0008-cases.ts';
import { tracing } from './migrations/0009-tracing.ts';
import { venueCompliance } from './migrations/0010-venue-compliance.ts';
import { nextCheckins } from './migrations/0011-next-checkins.ts';
import { affiliationPeople } from './migrations/0012-affiliation-people.ts';
import type { VersionedMigration } from './migrations/types.ts';

/** All migrations in order. A migration, once released, is never edited: add a new one. */
export const migrations: VersionedMigration[] = [foundation, audit, bulletins, protocolAssignments, venueCodes, checkins, affiliationGroups, cases, tracing, venueCompliance, nextCheckins, affiliationPeople];

/** Brings the schema up to the newest version; safe to run on every start. */
export function migrateToLatest(database: Database): Promise<string[]> {
  return migrate(database, (migrator) => migrator.migrateToLatest());
}

/** Brings the schema up to the named migration: for testing a migration on data stored before it. */
export function migrateTo(database: Database, name: string): Promise<string[]> {
  return migrate(database, (migrator) => migrator.migrateTo(name));
}

async function migrate(database: Database, run: (migrator: Migrator) => Promise<MigrationResultSet>): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: {
      async getMigrations() {
        const byName: Record<string, Migration> = {};
        for (const migration of migrations) {
          byName[migration.name] = { up: (db) => migration.up(db, database.dialect) };
        }
        return byName;
      },
    },
  });
  const outcome = await run(migrator);
  if (outcome.error) {
    const failed = outcome.results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${String((outcome.error as Error).message ?? outcome.error)}`);
  }
  return (outcome.results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
