import { filterPathOf } from '../jurisdictions/service.ts';
import { notFoundAudited, requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { BulwarkError } from '../platform/errors.ts';
import { decodeCursor, toPage, type Page } from '../platform/pagination.ts';
import { getFeverFlagRow, markFeverFlagHandled, searchFeverFlags } from './fever-store.ts';
import type { FeverFlag, FeverFlagHandle } from './model.ts';
import { presentFeverFlags } from './present.ts';

export interface FeverFlagListQuery {
  jurisdiction?: string | undefined;
  status?: FeverFlag['status'] | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Fever flags of venues within the actor's subtree, newest first; every person returned is audited. */
export async function listFeverFlags(platform: Platform, actor: Actor, query: FeverFlagListQuery): Promise<Page<FeverFlag>> {
  await requirePermission(platform, actor, 'fever-flags.read', 'fever-flags.list');
  const rows = await searchFeverFlags(platform.database.db, actor.scope, {
    underPath: await filterPathOf(platform, actor, query.jurisdiction),
    status: query.status,
    beforeId: decodeCursor(query.cursor),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (row) => row.id);
  const items = await presentFeverFlags(platform, page.items);
  await platform.audit.record(platform.database.db, {
    actor,
    purpose: actor.purpose,
    operation: 'fever-flags.list',
    outcome: 'allowed',
    personIds: items.map((item) => item.personId),
    detail: { jurisdiction: query.jurisdiction, status: query.status },
  });
  return { items, nextCursor: page.nextCursor };
}

/** Records that a flag was followed up, by whom and how; a flag is handled once. Out of scope is 404 like a missing id. */
export async function handleFeverFlag(platform: Platform, actor: Actor, id: string, input: FeverFlagHandle): Promise<FeverFlag> {
  await requirePermission(platform, actor, 'fever-flags.handle', 'fever-flags.handle');
  const db = platform.database.db;
  const row = (await getFeverFlagRow(db, actor.scope, id)) ?? (await notFoundAudited(platform, actor, 'fever-flags.handle', 'fever flag', id));
  const handledAlready = () => new BulwarkError('BULWARK_CONFLICT', 'the flag was handled already', [{ field: 'id', problem: 'is handled already' }]);
  if (row.status !== 'open') throw handledAlready();
  await db.transaction().execute(async (trx) => {
    if (!(await markFeverFlagHandled(trx, row.id, { handled_by: actor.username, handled_at: platform.clock.now().toISOString(), note: input.note }))) throw handledAlready();
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'fever-flags.handle', outcome: 'allowed', personIds: [row.person_id], detail: { flagId: row.id } });
  });
  const [flag] = await presentFeverFlags(platform, [(await getFeverFlagRow(db, actor.scope, row.id))!]);
  return flag!;
}
