import type { Kysely } from 'kysely';
import type { DialectName } from '../database.ts';

/** A versioned schema change that runs on both databases, branching on the dialect only where they differ. */
export interface VersionedMigration {
  name: string;
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

/** Column types that differ between the two databases. */
export function columnTypes(dialect: DialectName) {
  return dialect === 'postgres'
    ? { instant: 'timestamptz', real: 'double precision', bigint: 'bigint', sortedText: 'text collate "C"' }
    : { instant: 'text', real: 'real', bigint: 'integer', sortedText: 'text' };
}
