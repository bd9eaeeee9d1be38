import { filterPathOf } from '../jurisdictions/service.ts';
import { getJurisdictionRow } from '../jurisdictions/store.ts';
import { requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { decodeCursor, toPage, type Page } from '../platform/pagination.ts';
import { localDate } from '../platform/time.ts';
import type { ManagedPerson } from './model.ts';
import { searchManagedPersons, type NamedManagedRow } from './managed-store.ts';

/** A managed-person record as the API shows it; active while today is on or before its last day. */
export function presentManaged(row: NamedManagedRow, today: string): ManagedPerson {
  return {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    jurisdictionCode: row.jurisdiction_code,
    category: row.category as ManagedPerson['category'],
    caseId: row.case_id,
    candidateId: row.candidate_id,
    protocolId: row.protocol_id,
    stages: JSON.parse(row.stages) as ManagedPerson['stages'],
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    active: today <= row.ends_on,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** Persons under a measure in the actor's subtree (where they live), audited with each person named. */
export async function listManagedPersons(platform: Platform, actor: Actor, query: { jurisdiction?: string | undefined; active?: 'true' | 'false' | undefined; cursor?: string | undefined; limit: number }): Promise<Page<ManagedPerson>> {
  await requirePermission(platform, actor, 'managed-persons.read', 'managed-persons.list');
  const code = query.jurisdiction ?? actor.jurisdictionCode;
  const timeZone = (code ? await getJurisdictionRow(platform.database.db, code) : undefined)?.time_zone ?? 'UTC';
  const today = localDate(platform.clock.now(), timeZone);
  const rows = await searchManagedPersons(platform.database.db, actor.scope, {
    underPath: await filterPathOf(platform, actor, query.jurisdiction),
    activeOn: query.active === undefined ? undefined : { today, active: query.active === 'true' },
    afterId: decodeCursor(query.cursor),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (row) => row.id);
  const items = page.items.map((row) => presentManaged(row, today));
  await platform.audit.record(platform.database.db, { actor, purpose: actor.purpose, operation: 'managed-persons.list', outcome: 'allowed', personIds: items.map((item) => item.personId), detail: { jurisdiction: query.jurisdiction, active: query.active } });
  return { items, nextCursor: page.nextCursor };
}
