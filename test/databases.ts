import { describe, inject } from 'vitest';
import type { Database, DialectName } from '../src/platform/db/database.ts';
import { openScratchDatabase } from './scratch-database.ts';

/** The dialects this run can test: SQLite always, PostgreSQL when a server was provided. */
export const dialects: DialectName[] = inject('postgresUrl') === null ? ['sqlite'] : ['sqlite', 'postgres'];

/** A fresh, migrated database of the dialect (up to the named migration, if given); closing it also removes it. */
export function openTestDatabase(dialect: DialectName, through?: string): Promise<Database> {
  return openScratchDatabase(dialect, inject('postgresUrl'), through);
}

/** Runs the same suite once per available dialect. */
export function describeEachDialect(name: string, suite: (dialect: DialectName) => void): void {
  for (const dialect of dialects) describe(`${name} [${dialect}]`, () => suite(dialect));
}
