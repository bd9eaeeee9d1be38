import { requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { forbidden, invalid } from '../platform/errors.ts';
import { decodeSortCursor, sortKey, toPage, type Page } from '../platform/pagination.ts';
import { findPersonKey, findVenueKey } from './keys.ts';
import type { Checkin } from './model.ts';
import { presentCheckins, toEpochSeconds } from './present.ts';
import { searchCheckins, type CheckinPosition, type CheckinSearch, type NamedCheckinRow } from './store.ts';

/** Records a read of check-ins naming every person returned; if the record cannot be written, the read fails (SECURITY.md goal 4). */
async function auditRead(platform: Platform, actor: Actor, operation: string, items: Checkin[], detail: Record<string, unknown>): Promise<void> {
  await platform.audit.record(platform.database.db, { actor, purpose: actor.purpose, operation, outcome: 'allowed', personIds: items.map((item) => item.personId), detail });
}

/** Check-ins are listed by entry, ties broken by the other key of the path read; their cursors name that sort. */
const CHECKIN_SORT = 'entered';

function checkinCursorPosition(cursor: string | undefined): CheckinPosition | undefined {
  const position = decodeSortCursor(cursor, CHECKIN_SORT);
  if (position === undefined) return undefined;
  const [enteredAt, tieKey] = [Number(position.value), Number(position.id)];
  if (!Number.isSafeInteger(enteredAt) || !Number.isSafeInteger(tieKey)) throw invalid([{ field: 'cursor', problem: 'is not a cursor this API returned' }]);
  return { enteredAt, tieKey };
}

async function pageOf(platform: Platform, actor: Actor, search: CheckinSearch): Promise<Page<Checkin>> {
  const rows = await searchCheckins(platform.database.db, actor.scope, search);
  const tieOf = (row: NamedCheckinRow) => (search.personKey !== undefined ? row.venue_key : row.person_key);
  const page = toPage(rows, search.limit, (row) => sortKey(CHECKIN_SORT, { value: String(row.entered_at), id: String(tieOf(row)) }));
  return { items: await presentCheckins(platform, page.items), nextCursor: page.nextCursor };
}

/** A citizen's own check-ins, newest first. */
export async function listMyCheckins(platform: Platform, actor: Actor, query: { cursor?: string | undefined; limit: number }): Promise<Page<Checkin>> {
  await requirePermission(platform, actor, 'self.read', 'checkins.self');
  const personId = actor.scope.kind === 'person' ? actor.scope.personId : null;
  if (!personId) throw forbidden('only an account bound to its own person record has check-ins of its own');
  const personKey = await findPersonKey(platform.database.db, personId);
  const page = personKey === undefined ? { items: [], nextCursor: null } : await pageOf(platform, actor, { personKey, before: checkinCursorPosition(query.cursor), limit: query.limit });
  await auditRead(platform, actor, 'checkins.self', page.items, {});
  return page;
}

export interface CheckinListQuery {
  venue?: string | undefined;
  person?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/**
 * Check-ins of a venue, of a person, or of a person at a venue, within the actor's subtree, newest first.
 * One of the two is required: the table is laid out for these two paths, not for scanning it whole.
 * Out of scope, and unknown, answer an empty list.
 */
export async function listCheckins(platform: Platform, actor: Actor, query: CheckinListQuery): Promise<Page<Checkin>> {
  await requirePermission(platform, actor, 'checkins.read', 'checkins.list');
  if (query.venue === undefined && query.person === undefined) throw invalid([{ field: 'venue', problem: 'give venue, person or both' }]);
  const from = query.from === undefined ? undefined : toEpochSeconds(query.from);
  const to = query.to === undefined ? undefined : toEpochSeconds(query.to);
  if (from !== undefined && to !== undefined && from > to) throw invalid([{ field: 'from', problem: 'must not be after to' }]);
  const db = platform.database.db;
  const venueKey = query.venue === undefined ? undefined : await findVenueKey(db, query.venue);
  const personKey = query.person === undefined ? undefined : await findPersonKey(db, query.person);
  const unknown = (query.venue !== undefined && venueKey === undefined) || (query.person !== undefined && personKey === undefined);
  const page = unknown ? { items: [], nextCursor: null } : await pageOf(platform, actor, { venueKey, personKey, from, to, before: checkinCursorPosition(query.cursor), limit: query.limit });
  await auditRead(platform, actor, 'checkins.list', page.items, { venue: query.venue, person: query.person, from: query.from, to: query.to });
  return page;
}
