import type { Insertable, Selectable } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition, subtreeCondition } from '../platform/auth/scope.ts';
import type { Executor } from '../platform/db/executor.ts';
import type { FeverFlagTable } from '../platform/db/schema.ts';

export type FeverFlagRow = Selectable<FeverFlagTable>;

/** Staff see the flags of venues in their subtree; a flag is never a citizen's to read. */
const flagScope = { jurisdiction: 'fever_flags.jurisdiction_code', person: null };

/** Inserts flags; a flag for a check-in already flagged is skipped (one per check-in). Returns the ids of the new ones. */
export async function insertFeverFlags(executor: Executor, rows: Insertable<FeverFlagTable>[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (let start = 0; start < rows.length; start += 200) {
    const result = await executor
      .insertInto('fever_flags')
      .values(rows.slice(start, start + 200))
      .onConflict((conflict) => conflict.columns(['person_id', 'entered_at', 'venue_id']).doNothing())
      .returning('id')
      .execute();
    for (const row of result) inserted.add(row.id);
  }
  return inserted;
}

/** Whether a check-in (person, entry, venue) has raised a flag: a repeat of a feverish scan answers as its first did. */
export async function hasFeverFlag(executor: Executor, key: { personId: string; enteredAt: number; venueId: string }): Promise<boolean> {
  const row = await executor
    .selectFrom('fever_flags')
    .select('id')
    .where('person_id', '=', key.personId)
    .where('entered_at', '=', key.enteredAt)
    .where('venue_id', '=', key.venueId)
    .executeTakeFirst();
  return row !== undefined;
}

export interface FeverFlagSearch {
  underPath?: string | undefined;
  status?: string | undefined;
  beforeId?: string | undefined;
  limit: number;
}

/** Flags within the scope, newest first (ids are time-ordered). */
export async function searchFeverFlags(executor: Executor, scope: Scope, search: FeverFlagSearch): Promise<FeverFlagRow[]> {
  let query = executor.selectFrom('fever_flags').selectAll().where(scopeCondition(scope, flagScope));
  if (search.underPath) query = query.where(subtreeCondition(search.underPath, 'fever_flags.jurisdiction_code'));
  if (search.status) query = query.where('status', '=', search.status);
  if (search.beforeId) query = query.where('id', '<', search.beforeId);
  return query.orderBy('id', 'desc').limit(search.limit + 1).execute();
}

export async function getFeverFlagRow(executor: Executor, scope: Scope, id: string): Promise<FeverFlagRow | undefined> {
  return executor.selectFrom('fever_flags').selectAll().where('id', '=', id).where(scopeCondition(scope, flagScope)).executeTakeFirst();
}

/** Marks an open flag handled; false when it was handled meanwhile (by someone else, or by a retry). */
export async function markFeverFlagHandled(executor: Executor, id: string, handling: { handled_by: string; handled_at: string; note: string }): Promise<boolean> {
  const result = await executor.updateTable('fever_flags').set({ ...handling, status: 'handled' }).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The fever flags raised at a venue for entries within [from, to) (epoch seconds) while it lay in the given
 * jurisdiction, within the scope, oldest entry first. They name people: the caller audits the read.
 */
export async function findFeverFlagsOfVenue(executor: Executor, scope: Scope, search: { venueId: string; jurisdictionCode: string; from: number; to: number }): Promise<FeverFlagRow[]> {
  return executor
    .selectFrom('fever_flags')
    .selectAll()
    .where('venue_id', '=', search.venueId)
    .where('jurisdiction_code', '=', search.jurisdictionCode)
    .where('entered_at', '>=', search.from)
    .where('entered_at', '<', search.to)
    .where(scopeCondition(scope, flagScope))
    .orderBy('entered_at')
    .orderBy('id')
    .execute();
}
