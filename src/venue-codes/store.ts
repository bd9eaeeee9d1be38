import type { Insertable, Selectable } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition } from '../platform/auth/scope.ts';
import type { Executor } from '../platform/db/executor.ts';
import type { VenueCodeTable } from '../platform/db/schema.ts';
import type { VenueCode } from './model.ts';

export type VenueCodeRow = Selectable<VenueCodeTable>;

const venueCodeScope = { jurisdiction: 'venue_codes.jurisdiction_code', person: null };

/** A code with what a scan needs of its venue. */
export type ScannedCodeRow = Pick<VenueCodeRow, 'id' | 'venue_id' | 'jurisdiction_code' | 'county_code' | 'revoked_at'> & { venue_name: string; venue_type: string | null };

/** The API's view of a stored code. */
export function toVenueCode(row: VenueCodeRow): VenueCode {
  return {
    id: row.id,
    venueId: row.venue_id,
    jurisdictionCode: row.jurisdiction_code,
    label: row.label,
    active: row.revoked_at === null,
    createdAt: row.created_at,
    createdBy: row.created_by,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    revokedReason: row.revoked_reason,
  };
}

/** Stores a newly issued code. */
export async function insertVenueCode(executor: Executor, row: Insertable<VenueCodeTable>): Promise<void> {
  await executor.insertInto('venue_codes').values(row).execute();
}

/** One code within the scope. */
export async function getVenueCodeRow(executor: Executor, scope: Scope, id: string): Promise<VenueCodeRow | undefined> {
  return executor.selectFrom('venue_codes').selectAll().where('id', '=', id).where(scopeCondition(scope, venueCodeScope)).executeTakeFirst();
}

/** A venue's codes within the scope, in the order they were issued (ids are time-ordered). */
export async function searchVenueCodes(executor: Executor, scope: Scope, search: { venueId: string; afterId?: string | undefined; limit: number }): Promise<VenueCodeRow[]> {
  let query = executor
    .selectFrom('venue_codes')
    .selectAll()
    .where('venue_id', '=', search.venueId)
    .where(scopeCondition(scope, venueCodeScope))
    .orderBy('id')
    .limit(search.limit + 1);
  if (search.afterId) query = query.where('id', '>', search.afterId);
  return query.execute();
}

/** How many of a venue's codes are not revoked. */
export async function countActiveVenueCodes(executor: Executor, venueId: string): Promise<number> {
  const row = await executor
    .selectFrom('venue_codes')
    .select((select) => select.fn.countAll<number>().as('count'))
    .where('venue_id', '=', venueId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Revokes a code that is still active; false when it was revoked already (perhaps a moment ago by someone else). */
export async function revokeVenueCodeRow(executor: Executor, id: string, revocation: { revoked_at: string; revoked_by: string; revoked_reason: string }): Promise<boolean> {
  const result = await executor.updateTable('venue_codes').set(revocation).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A code by id with its venue's name and type, for resolving a scanned token. */
export async function findScannedCode(executor: Executor, scope: Scope, id: string): Promise<ScannedCodeRow | undefined> {
  return executor
    .selectFrom('venue_codes')
    .innerJoin('places', 'places.id', 'venue_codes.venue_id')
    .select([
      'venue_codes.id',
      'venue_codes.venue_id',
      'venue_codes.jurisdiction_code',
      'venue_codes.county_code',
      'venue_codes.revoked_at',
      'places.name as venue_name',
      'places.venue_type',
    ])
    .where('venue_codes.id', '=', id)
    .where(scopeCondition(scope, venueCodeScope))
    .executeTakeFirst();
}
