import { filterPathOf, requireWritableJurisdiction } from '../jurisdictions/service.ts';
import { getPlaceRow } from '../places/store.ts';
import { notFoundAudited, requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { seesInClear, type MaskableField } from '../platform/auth/roles.ts';
import type { Platform } from '../platform/context.ts';
import type { Executor } from '../platform/db/executor.ts';
import type { SortOrder } from '../platform/db/keyset.ts';
import { BulwarkError, invalid, type FieldIssue } from '../platform/errors.ts';
import { decodeCursor, decodeSortCursor, sortKey, toPage, type Page } from '../platform/pagination.ts';
import { checkDocument, isMaskedValue, normalizePhone } from './identifiers.ts';
import type { PeopleSort, Person, PersonCreate, PersonLookup, PersonUpdate, PriorityGroup, RevealRequest, Sex } from './model.ts';
import { derivedGroupBirthBounds, presentPeople } from './present.ts';
import { buildPersonRow, documentKey, phoneHash, protectPhone, type Placement } from './records.ts';
import { countPeople, findRegisteredDocuments, getPersonRow, insertPeople, searchPeople, updatePersonRow, type PersonRow } from './store.ts';

/** Records a read of personal data, naming every person returned; if the record cannot be written, the read fails. */
async function auditRead(platform: Platform, actor: Actor, operation: string, personIds: string[], detail: Record<string, unknown> = {}): Promise<void> {
  await platform.audit.record(platform.database.db, { actor, purpose: actor.purpose, operation, outcome: 'allowed', personIds, detail });
}

/**
 * Resolves where a person lives and works, checking each place lies in the actor's scope; a group (class,
 * team) belongs to an affiliation and is refused without one.
 */
async function resolvePlacement(
  platform: Platform,
  actor: Actor,
  given: {
    jurisdictionCode?: string | undefined;
    householdId?: string | null | undefined;
    affiliationId?: string | null | undefined;
    affiliationGroup?: string | null | undefined;
  },
): Promise<Placement> {
  const db = platform.database.db;
  const issues: FieldIssue[] = [];
  const household = given.householdId ? await getPlaceRow(db, actor.scope, given.householdId) : undefined;
  if (given.householdId && household?.kind !== 'household') issues.push({ field: 'householdId', problem: 'is not a household within your scope' });
  const affiliation = given.affiliationId ? await getPlaceRow(db, actor.scope, given.affiliationId) : undefined;
  if (given.affiliationId && affiliation?.kind !== 'venue') issues.push({ field: 'affiliationId', problem: 'is not a venue (workplace or school) within your scope' });
  if (given.affiliationGroup && !given.affiliationId) {
    issues.push({ field: 'affiliationGroup', problem: 'needs an affiliation: give affiliationId, the school or workplace the group belongs to' });
  }
  const code = given.jurisdictionCode ?? household?.jurisdiction_code;
  if (!code) issues.push({ field: 'jurisdictionCode', problem: 'is required when no household is given' });
  if (household && code && code !== household.jurisdiction_code) issues.push({ field: 'jurisdictionCode', problem: 'must be the jurisdiction of the household' });
  if (issues.length > 0) throw invalid(issues);
  const jurisdiction = await requireWritableJurisdiction(platform, actor, code!, 'jurisdictionCode');
  return {
    jurisdictionCode: jurisdiction.code,
    countyCode: jurisdiction.county_code,
    householdId: household?.id ?? null,
    affiliationId: affiliation?.id ?? null,
    affiliationGroup: affiliation ? (given.affiliationGroup ?? null) : null,
  };
}

export async function createPerson(platform: Platform, actor: Actor, input: PersonCreate): Promise<Person> {
  await requirePermission(platform, actor, 'people.write', 'people.create');
  const placement = await resolvePlacement(platform, actor, input);
  const built = buildPersonRow(platform.protector, input, placement, platform.clock.now().toISOString());
  if ('issues' in built) throw invalid(built.issues);
  const db = platform.database.db;
  const inserted = await db.transaction().execute(async (trx) => {
    if ((await findRegisteredDocuments(trx, [built.key])).size > 0) return false;
    const ids = await insertPeople(trx, platform.database, [built.row]);
    if (ids.length === 0) return false;
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'people.create', outcome: 'allowed', personIds: ids });
    return true;
  });
  if (!inserted) {
    throw new BulwarkError('BULWARK_DUPLICATE_PERSON', undefined, [{ field: 'documentNumber', problem: 'is already registered' }]);
  }
  const [person] = await presentPeople(platform, actor, [(await getPersonRow(db, actor.scope, built.row.id))!]);
  return person!;
}

/** One person, if within the actor's scope; out of scope answers exactly like a missing id. */
async function scopedPerson(platform: Platform, actor: Actor, id: string, operation: string): Promise<PersonRow> {
  const row = await getPersonRow(platform.database.db, actor.scope, id);
  return row ?? notFoundAudited(platform, actor, operation, 'person', id);
}

export async function getPerson(platform: Platform, actor: Actor, id: string): Promise<Person> {
  await requirePermission(platform, actor, actor.role === 'citizen' ? 'self.read' : 'people.read', 'people.get');
  const row = await scopedPerson(platform, actor, id, 'people.get');
  const [person] = await presentPeople(platform, actor, [row]);
  await auditRead(platform, actor, 'people.get', [row.id]);
  return person!;
}

export interface PeopleFilterQuery {
  jurisdiction?: string | undefined;
  q?: string | undefined;
  household?: string | undefined;
  sex?: Sex | undefined;
  priorityGroup?: PriorityGroup | undefined;
}

export interface PeopleListQuery extends PeopleFilterQuery {
  sort?: PeopleSort | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** The store filters of a query: the jurisdiction checked visible, and a priority group with the birth dates that imply it. */
async function peopleFilters(platform: Platform, actor: Actor, query: PeopleFilterQuery) {
  const today = platform.clock.now().toISOString().slice(0, 10);
  return {
    underPath: await filterPathOf(platform, actor, query.jurisdiction),
    text: query.q,
    householdId: query.household,
    sex: query.sex,
    priorityGroup: query.priorityGroup && { group: query.priorityGroup, ...derivedGroupBirthBounds(query.priorityGroup, today) },
  };
}

/** What the audit log records of a query's filters (whether a name was searched, not the name). */
function auditedFilters(query: PeopleFilterQuery) {
  return { jurisdiction: query.jurisdiction, text: query.q !== undefined, household: query.household, sex: query.sex, priorityGroup: query.priorityGroup };
}

const sortOrders: Record<PeopleSort, SortOrder & { valueOf(row: PersonRow): string }> = {
  name: { column: 'people.name', descending: false, nullable: false, valueOf: (row) => row.name },
  '-name': { column: 'people.name', descending: true, nullable: false, valueOf: (row) => row.name },
  birthDate: { column: 'people.birth_date', descending: false, nullable: true, valueOf: (row) => row.birth_date ?? '' },
  '-birthDate': { column: 'people.birth_date', descending: true, nullable: true, valueOf: (row) => row.birth_date ?? '' },
  createdAt: { column: 'people.created_at', descending: false, nullable: false, valueOf: (row) => row.created_at },
  '-createdAt': { column: 'people.created_at', descending: true, nullable: false, valueOf: (row) => row.created_at },
};

/** A page of people, in id order or under a sort whose cursor carries the sort value and the id. */
export async function listPeople(platform: Platform, actor: Actor, query: PeopleListQuery): Promise<Page<Person>> {
  await requirePermission(platform, actor, 'people.read', 'people.list');
  const order = query.sort ? sortOrders[query.sort] : undefined;
  const filters = await peopleFilters(platform, actor, query);
  const rows = await searchPeople(platform.database.db, actor.scope, {
    ...filters,
    ...(order ? { order, after: decodeSortCursor(query.cursor, query.sort!) } : { afterId: decodeCursor(query.cursor) }),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (row) => (order ? sortKey(query.sort!, { value: order.valueOf(row), id: row.id }) : row.id));
  const items = await presentPeople(platform, actor, page.items);
  await auditRead(platform, actor, 'people.list', items.map((person) => person.id), { filters: auditedFilters(query), sort: query.sort });
  return { items, nextCursor: page.nextCursor };
}

export async function countPeopleIn(platform: Platform, actor: Actor, query: PeopleFilterQuery): Promise<number> {
  await requirePermission(platform, actor, 'people.read', 'people.count');
  const count = await countPeople(platform.database.db, actor.scope, await peopleFilters(platform, actor, query));
  await auditRead(platform, actor, 'people.count', [], { count, filters: auditedFilters(query) });
  return count;
}

/** Every person of a subtree in pages, for export; the whole export is one audit record naming everyone in it. */
export async function exportPeople(platform: Platform, actor: Actor, query: PeopleFilterQuery): Promise<Person[]> {
  await requirePermission(platform, actor, 'people.export', 'people.export');
  const filters = await peopleFilters(platform, actor, query);
  const people: Person[] = [];
  let afterId: string | undefined;
  for (;;) {
    const rows = await searchPeople(platform.database.db, actor.scope, { ...filters, afterId, limit: 1000 });
    const page = rows.slice(0, 1000);
    people.push(...(await presentPeople(platform, actor, page)));
    if (rows.length <= 1000) break;
    afterId = page[page.length - 1]!.id;
  }
  await auditRead(platform, actor, 'people.export', people.map((person) => person.id), { filters: auditedFilters(query) });
  return people;
}

/** Exact lookup by document or phone (the number travels in the body, never in a URL). */
export async function lookupPerson(platform: Platform, actor: Actor, lookup: PersonLookup): Promise<Person[]> {
  await requirePermission(platform, actor, 'people.lookup', 'people.lookup');
  let search: Parameters<typeof searchPeople>[2] = { limit: 10 };
  if (lookup.documentNumber !== undefined) {
    const type = lookup.documentType ?? 'resident_id';
    const checked = checkDocument(type, lookup.documentNumber);
    if ('problem' in checked) throw invalid([{ field: 'documentNumber', problem: checked.problem }]);
    search = { ...search, documentHash: documentKey(platform.protector, type, checked.normalized) };
  } else {
    search = { ...search, phoneHash: phoneHash(platform.protector, lookup.phone!) };
  }
  const rows = await searchPeople(platform.database.db, actor.scope, search);
  const people = await presentPeople(platform, actor, rows);
  await auditRead(platform, actor, 'people.lookup', people.map((person) => person.id), { by: lookup.documentNumber !== undefined ? 'document' : 'phone' });
  return people;
}

/** Shows masked identifiers in clear, once, with the reason recorded in the audit log. */
export async function revealPerson(platform: Platform, actor: Actor, id: string, request: RevealRequest): Promise<Person> {
  await requirePermission(platform, actor, 'people.reveal', 'people.reveal');
  const row = await scopedPerson(platform, actor, id, 'people.reveal');
  const [person] = await presentPeople(platform, actor, [row], request.fields);
  await auditRead(platform, actor, 'people.reveal', [row.id], { fields: request.fields, reason: request.reason });
  return person!;
}

const readOnlyFields = ['id', 'jurisdictionCode', 'documentType', 'documentNumber', 'address', 'createdAt', 'updatedAt'] as const;
/**
 * Fields of a response that describe the view rather than the person; ignored when sent back. The version
 * is the one the change was made against: an old one is a conflict (409), not a change of the version.
 */
const viewFields = ['masked', 'version'] as const;

/**
 * Changes a person. Read-only fields sent back unchanged are ignored and refused when changed; a masked
 * value sent back (it contains *) leaves the stored value as it is.
 */
export async function updatePerson(platform: Platform, actor: Actor, id: string, changes: PersonUpdate): Promise<Person> {
  await requirePermission(platform, actor, 'people.write', 'people.update');
  const db = platform.database.db;
  const row = await scopedPerson(platform, actor, id, 'people.update');
  const [current] = await presentPeople(platform, actor, [row]);
  const issues: FieldIssue[] = [];
  for (const field of readOnlyFields) {
    const sent = changes[field];
    if (sent === undefined) continue;
    const same = JSON.stringify(sent) === JSON.stringify(current![field]) || (typeof sent === 'string' && isMaskedValue(sent) && (field === 'documentNumber' || field === 'address'));
    if (!same) issues.push({ field, problem: field === 'jurisdictionCode' ? 'cannot be changed here; move the person instead' : 'cannot be changed' });
  }
  if (changes.phone && !isMaskedValue(changes.phone) && !/^\+?\d{6,15}$/.test(normalizePhone(changes.phone))) {
    issues.push({ field: 'phone', problem: 'must be a phone number of 6 to 15 digits, optionally starting with +' });
  }
  if (issues.length > 0) throw invalid(issues);
  // A group names a class or team of one affiliation: it does not follow the person to another.
  const affiliationChanged = changes.affiliationId !== undefined && changes.affiliationId !== row.affiliation_id;
  const placement = changes.householdId !== undefined || changes.affiliationId !== undefined || changes.affiliationGroup !== undefined
    ? await resolvePlacement(platform, actor, {
        jurisdictionCode: row.jurisdiction_code,
        householdId: changes.householdId === undefined ? row.household_id : changes.householdId,
        affiliationId: changes.affiliationId === undefined ? row.affiliation_id : changes.affiliationId,
        affiliationGroup: changes.affiliationGroup !== undefined ? changes.affiliationGroup : affiliationChanged ? null : row.affiliation_group,
      })
    : undefined;
  const update: Parameters<typeof updatePersonRow>[3] = { updated_at: platform.clock.now().toISOString() };
  if (changes.name !== undefined) update.name = changes.name;
  if (changes.birthDate !== undefined) update.birth_date = changes.birthDate;
  if (changes.sex !== undefined) update.sex = changes.sex;
  if (changes.priorityGroups !== undefined) update.priority_groups = JSON.stringify([...new Set(changes.priorityGroups)].sort());
  if (placement) {
    update.household_id = placement.householdId;
    update.affiliation_id = placement.affiliationId;
    update.affiliation_group = placement.affiliationGroup ?? null;
  }
  if (changes.phone === null || (changes.phone !== undefined && !isMaskedValue(changes.phone))) {
    Object.assign(update, protectPhone(platform.protector, changes.phone));
  }
  const updated = await db.transaction().execute(async (trx) => {
    const ok = await updatePersonRow(trx, id, changes.version ?? row.version, update);
    if (ok) await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'people.update', outcome: 'allowed', personIds: [id], detail: { fields: Object.keys(changes).filter((key) => !readOnlyFields.includes(key as never) && !viewFields.includes(key as never)) } });
    return ok;
  });
  if (!updated) throw new BulwarkError('BULWARK_CONFLICT', 'the person was changed by someone else; reload and try again', [{ field: 'version', problem: 'is not the current version' }]);
  return getPersonAfterWrite(platform, actor, db, id);
}

/** Moves a person to another jurisdiction; both the old and the new must lie in the actor's scope. */
export async function movePerson(platform: Platform, actor: Actor, id: string, jurisdictionCode: string): Promise<Person> {
  await requirePermission(platform, actor, 'people.move', 'people.move');
  const db = platform.database.db;
  const row = await scopedPerson(platform, actor, id, 'people.move');
  const target = await requireWritableJurisdiction(platform, actor, jurisdictionCode, 'jurisdictionCode');
  await db.transaction().execute(async (trx) => {
    await updatePersonRow(trx, id, row.version, {
      jurisdiction_code: target.code,
      county_code: target.county_code,
      household_id: null,
      updated_at: platform.clock.now().toISOString(),
    });
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'people.move', outcome: 'allowed', personIds: [id], detail: { from: row.jurisdiction_code, to: target.code } });
  });
  return getPersonAfterWrite(platform, actor, db, id);
}

async function getPersonAfterWrite(platform: Platform, actor: Actor, db: Executor, id: string): Promise<Person> {
  const [person] = await presentPeople(platform, actor, [(await getPersonRow(db, { kind: 'system' }, id))!]);
  return person!;
}

/** The fields of a person this role sees masked, for documentation and the console. */
export function maskedFieldsFor(actor: Actor): MaskableField[] {
  return (['documentNumber', 'phone', 'address'] as const).filter((field) => !seesInClear(actor.role, field));
}
