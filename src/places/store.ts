import type { Insertable, Selectable } from 'kysely';
import type { Scope } from '../platform/auth/actor.ts';
import { scopeCondition, subtreeCondition } from '../platform/auth/scope.ts';
import type { Executor } from '../platform/db/executor.ts';
import type { PlaceTable } from '../platform/db/schema.ts';
import { afterPosition, sortExpression, type SortOrder } from '../platform/db/keyset.ts';
import { containsText } from '../platform/db/text-match.ts';
import type { SortPosition } from '../platform/pagination.ts';
import type { Outline, Place, PlaceKind, VenueType } from './model.ts';
import { readInChunks } from '../platform/db/in-chunks.ts';

export type PlaceRow = Selectable<PlaceTable>;

const placeScope = { jurisdiction: 'places.jurisdiction_code', person: null };

export function toPlace(row: PlaceRow): Place {
  return {
    id: row.id,
    kind: row.kind as PlaceKind,
    parentId: row.parent_id,
    jurisdictionCode: row.jurisdiction_code,
    name: row.name,
    venueType: row.venue_type as VenueType | null,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    outline: row.outline ? (JSON.parse(row.outline) as Outline) : null,
    externalRef: row.external_ref,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getPlaceRow(executor: Executor, scope: Scope, id: string): Promise<PlaceRow | undefined> {
  return executor.selectFrom('places').selectAll().where('id', '=', id).where(scopeCondition(scope, placeScope)).executeTakeFirst();
}

/** Places by id within the scope. */
export async function getPlaceRows(executor: Executor, scope: Scope, ids: string[]): Promise<Map<string, PlaceRow>> {
  const rows = await readInChunks(ids, (chunk) => executor.selectFrom('places').selectAll().where('id', 'in', chunk).where(scopeCondition(scope, placeScope)).execute());
  return new Map(rows.map((row) => [row.id, row]));
}

/** Places by their import reference within the scope. */
export async function getPlaceRowsByRef(executor: Executor, scope: Scope, refs: string[]): Promise<Map<string, PlaceRow>> {
  const rows = await readInChunks(refs, (chunk) => executor.selectFrom('places').selectAll().where('external_ref', 'in', chunk).where(scopeCondition(scope, placeScope)).execute());
  return new Map(rows.map((row) => [row.external_ref!, row]));
}

/** Whether any place, in scope or not, already holds these references (a reference is unique everywhere). */
export async function findTakenRefs(executor: Executor, refs: string[]): Promise<Set<string>> {
  const rows = await readInChunks(refs, (chunk) => executor.selectFrom('places').select('external_ref').where('external_ref', 'in', chunk).execute());
  return new Set(rows.map((row) => row.external_ref!));
}

export async function insertPlaces(executor: Executor, rows: Insertable<PlaceTable>[]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += 200) {
    const result = await executor
      .insertInto('places')
      .values(rows.slice(start, start + 200))
      .onConflict((conflict) => conflict.column('external_ref').doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

export async function updatePlaceRow(executor: Executor, id: string, changes: Partial<Insertable<PlaceTable>>): Promise<void> {
  await executor.updateTable('places').set(changes).where('id', '=', id).execute();
}

export interface PlaceSearch {
  underPath?: string | undefined;
  kind?: PlaceKind | undefined;
  venueType?: VenueType | undefined;
  parentId?: string | undefined;
  text?: string | undefined;
  afterId?: string | undefined;
  /** Ordered by this instead of id; `after` is then the keyset position. */
  order?: SortOrder | undefined;
  after?: SortPosition | undefined;
  limit: number;
}

export async function searchPlaces(executor: Executor, scope: Scope, search: PlaceSearch): Promise<PlaceRow[]> {
  let query = executor.selectFrom('places').selectAll().where(scopeCondition(scope, placeScope)).limit(search.limit + 1);
  if (search.underPath) query = query.where(subtreeCondition(search.underPath, 'places.jurisdiction_code'));
  if (search.kind) query = query.where('kind', '=', search.kind);
  if (search.venueType) query = query.where('venue_type', '=', search.venueType);
  if (search.parentId) query = query.where('parent_id', '=', search.parentId);
  if (search.text) query = query.where(containsText('places.name', search.text));
  if (search.order) {
    const direction = search.order.descending ? 'desc' : 'asc';
    query = query.orderBy(sortExpression(search.order), direction).orderBy('id', direction);
    if (search.after) query = query.where(afterPosition(search.order, 'places.id', search.after));
    return query.execute();
  }
  if (search.afterId) query = query.where('id', '>', search.afterId);
  return query.orderBy('id').execute();
}

export type MapPlaceRow = Pick<PlaceRow, 'id' | 'kind' | 'name' | 'venue_type' | 'jurisdiction_code' | 'latitude' | 'longitude' | 'outline'>;

/** Places that can be drawn (a position or an outline) of the given kinds within the scope, in id order. */
export async function findMapPlaces(
  executor: Executor,
  scope: Scope,
  search: { underPath?: string | undefined; kinds: readonly PlaceKind[]; venueType?: VenueType | undefined; limit: number },
): Promise<MapPlaceRow[]> {
  let query = executor
    .selectFrom('places')
    .select(['id', 'kind', 'name', 'venue_type', 'jurisdiction_code', 'latitude', 'longitude', 'outline'])
    .where(scopeCondition(scope, placeScope))
    .where('kind', 'in', [...search.kinds])
    .where((where) => where.or([where.and([where('latitude', 'is not', null), where('longitude', 'is not', null)]), where('outline', 'is not', null)]))
    .orderBy('id')
    .limit(search.limit);
  if (search.underPath) query = query.where(subtreeCondition(search.underPath, 'places.jurisdiction_code'));
  if (search.venueType) query = query.where('venue_type', '=', search.venueType);
  return query.execute();
}

/** The chain of places from the top down to the given one, for composing an address. */
export async function getPlaceChain(executor: Executor, id: string): Promise<PlaceRow[]> {
  const chain: PlaceRow[] = [];
  let next: string | null = id;
  while (next !== null && chain.length < 8) {
    const row: PlaceRow | undefined = await executor.selectFrom('places').selectAll().where('id', '=', next).executeTakeFirst();
    if (!row) break;
    chain.unshift(row);
    next = row.parent_id;
  }
  return chain;
}

/**
 * The names along each household's chain, top first (compound, building, unit, household), fetched a
 * level at a time for a whole page of people at once.
 */
export async function getAddressParts(executor: Executor, householdIds: string[]): Promise<Map<string, string[]>> {
  const parts = new Map<string, string[]>(householdIds.map((id) => [id, []]));
  const cursorOf = new Map<string, string | null>(householdIds.map((id) => [id, id]));
  for (let level = 0; level < 6; level++) {
    const wanted = [...new Set([...cursorOf.values()].filter((id): id is string => id !== null))];
    if (wanted.length === 0) break;
    const rows = await getPlaceRows(executor, { kind: 'system' }, wanted);
    for (const [householdId, placeId] of cursorOf) {
      if (placeId === null) continue;
      const row = rows.get(placeId);
      parts.get(householdId)!.unshift(row?.name ?? '?');
      cursorOf.set(householdId, row?.parent_id ?? null);
    }
  }
  return parts;
}

export type ServiceRow = Pick<PlaceRow, 'id' | 'name' | 'venue_type' | 'address' | 'latitude' | 'longitude' | 'jurisdiction_code'> & { jurisdiction_name: string };

/**
 * Venues of one type with their jurisdiction's name: those positioned within a latitude band, or else the
 * first by name. Only venue columns are read: no household or person is ever reached from here.
 */
export async function findVenuesOfType(
  executor: Executor,
  scope: Scope,
  search: { venueType: VenueType; latitudeBand?: { from: number; to: number } | undefined; limit?: number | undefined },
): Promise<ServiceRow[]> {
  let query = executor
    .selectFrom('places')
    .innerJoin('jurisdictions', 'jurisdictions.code', 'places.jurisdiction_code')
    .select(['places.id', 'places.name', 'places.venue_type', 'places.address', 'places.latitude', 'places.longitude', 'places.jurisdiction_code', 'jurisdictions.name as jurisdiction_name'])
    .where(scopeCondition(scope, placeScope))
    .where('places.kind', '=', 'venue')
    .where('places.venue_type', '=', search.venueType);
  if (search.latitudeBand) {
    query = query.where('places.latitude', '>=', search.latitudeBand.from).where('places.latitude', '<=', search.latitudeBand.to).where('places.longitude', 'is not', null);
  } else {
    query = query.orderBy('places.name').orderBy('places.id');
  }
  if (search.limit !== undefined) query = query.limit(search.limit);
  return query.execute();
}

/** The mean position of the positioned places in a subtree, or null when none has a position. */
export async function findMeanPosition(executor: Executor, scope: Scope, underPath: string): Promise<{ latitude: number; longitude: number } | null> {
  const row = await executor
    .selectFrom('places')
    .select((select) => [select.fn.avg<number>('latitude').as('latitude'), select.fn.avg<number>('longitude').as('longitude')])
    .where(scopeCondition(scope, placeScope))
    .where(subtreeCondition(underPath, 'places.jurisdiction_code'))
    .where('latitude', 'is not', null)
    .where('longitude', 'is not', null)
    .executeTakeFirst();
  return row && row.latitude !== null && row.longitude !== null ? { latitude: Number(row.latitude), longitude: Number(row.longitude) } : null;
}
