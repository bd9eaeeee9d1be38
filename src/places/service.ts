import type { Readable } from 'node:stream';
import type { Insertable } from 'kysely';
import { filterPathOf, findWritableJurisdiction, requireWritableJurisdiction } from '../jurisdictions/service.ts';
import type { JurisdictionRow } from '../jurisdictions/store.ts';
import { orderParentsFirst } from '../jurisdictions/tree.ts';
import { notFoundAudited, requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import type { SortOrder } from '../platform/db/keyset.ts';
import type { PlaceTable } from '../platform/db/schema.ts';
import { BulwarkError, invalid, notFound } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { emptyReport, readCsvRecords, validateRow, type ImportReport, type RowError } from '../platform/imports.ts';
import { decodeCursor, decodeSortCursor, sortKey, toPage, type Page } from '../platform/pagination.ts';
import {
  placeImportRowSchema,
  placementProblem,
  type Place,
  type PlaceSort,
  type PlaceCreate,
  type PlaceKind,
  type PlaceUpdate,
  type VenueType,
} from './model.ts';
import {
  findTakenRefs,
  getPlaceRow,
  getPlaceRowsByRef,
  insertPlaces,
  searchPlaces,
  toPlace,
  updatePlaceRow,
  type PlaceRow,
} from './store.ts';

/** How often, in rows read, an import reports its progress. */
const PROGRESS_EVERY = 1000;

export async function createPlace(platform: Platform, actor: Actor, input: PlaceCreate): Promise<Place> {
  await requirePermission(platform, actor, 'places.write', 'places.create');
  const db = platform.database.db;
  const parent = input.parentId ? await getPlaceRow(db, actor.scope, input.parentId) : undefined;
  if (input.parentId && !parent) throw invalid([{ field: 'parentId', problem: 'is not a place within your scope' }]);
  const problem = placementProblem(input.kind, (parent?.kind as PlaceKind | undefined) ?? null, input.venueType);
  if (problem) throw invalid([{ field: problem.includes('venueType') ? 'venueType' : 'parentId', problem }]);
  const jurisdictionCode = input.jurisdictionCode ?? parent?.jurisdiction_code;
  if (!jurisdictionCode) throw invalid([{ field: 'jurisdictionCode', problem: 'is required for a place without a parent' }]);
  if (parent && jurisdictionCode !== parent.jurisdiction_code) {
    throw invalid([{ field: 'jurisdictionCode', problem: 'must be the jurisdiction of the parent place' }]);
  }
  const jurisdiction = await requireWritableJurisdiction(platform, actor, jurisdictionCode, 'jurisdictionCode');
  if (input.externalRef && (await findTakenRefs(db, [input.externalRef])).size > 0) {
    throw new BulwarkError('BULWARK_CONFLICT', 'externalRef is already used by another place', [{ field: 'externalRef', problem: 'is already used' }]);
  }
  const now = platform.clock.now().toISOString();
  const row: Insertable<PlaceTable> = {
    id: newId(),
    kind: input.kind,
    parent_id: parent?.id ?? null,
    jurisdiction_code: jurisdiction.code,
    county_code: jurisdiction.county_code,
    name: input.name,
    venue_type: input.venueType ?? null,
    address: input.address ?? null,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    outline: input.outline ? JSON.stringify(input.outline) : null,
    external_ref: input.externalRef ?? null,
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await insertPlaces(trx, [row]);
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'places.create', outcome: 'allowed', detail: { placeId: row.id } });
  });
  return toPlace((await getPlaceRow(db, actor.scope, row.id))!);
}

export async function getPlace(platform: Platform, actor: Actor, id: string): Promise<Place> {
  await requirePermission(platform, actor, 'places.read', 'places.get');
  const row = await getPlaceRow(platform.database.db, actor.scope, id);
  if (!row) throw notFound('place');
  return toPlace(row);
}

export async function updatePlace(platform: Platform, actor: Actor, id: string, changes: PlaceUpdate): Promise<Place> {
  await requirePermission(platform, actor, 'places.write', 'places.update');
  const db = platform.database.db;
  const row = await getPlaceRow(db, actor.scope, id);
  if (!row) throw notFound('place');
  const venueType = changes.venueType ?? (row.venue_type as VenueType | null);
  if (changes.venueType && row.kind !== 'venue') throw invalid([{ field: 'venueType', problem: `only venues have a venueType, not a ${row.kind}` }]);
  await db.transaction().execute(async (trx) => {
    await updatePlaceRow(trx, id, {
      name: changes.name ?? row.name,
      venue_type: venueType,
      address: changes.address === undefined ? row.address : changes.address,
      latitude: changes.latitude === undefined ? row.latitude : changes.latitude,
      longitude: changes.longitude === undefined ? row.longitude : changes.longitude,
      outline: changes.outline === undefined ? row.outline : changes.outline && JSON.stringify(changes.outline),
      updated_at: platform.clock.now().toISOString(),
    });
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'places.update', outcome: 'allowed', detail: { placeId: id, fields: Object.keys(changes) } });
  });
  return toPlace((await getPlaceRow(db, actor.scope, id))!);
}

export interface PlaceListQuery {
  jurisdiction?: string | undefined;
  kind?: PlaceKind | undefined;
  venueType?: VenueType | undefined;
  parent?: string | undefined;
  q?: string | undefined;
  sort?: PlaceSort | undefined;
  cursor?: string | undefined;
  limit: number;
}

const sortOrders: Record<PlaceSort, SortOrder> = {
  name: { column: 'places.name', descending: false, nullable: false },
  '-name': { column: 'places.name', descending: true, nullable: false },
};

/** A page of places, in id order or by name with a cursor carrying the name and the id. */
export async function listPlaces(platform: Platform, actor: Actor, query: PlaceListQuery): Promise<Page<Place>> {
  await requirePermission(platform, actor, 'places.read', 'places.list');
  const order = query.sort ? sortOrders[query.sort] : undefined;
  const rows = await searchPlaces(platform.database.db, actor.scope, {
    underPath: await filterPathOf(platform, actor, query.jurisdiction),
    kind: query.kind,
    venueType: query.venueType,
    parentId: query.parent,
    text: query.q,
    ...(order ? { order, after: decodeSortCursor(query.cursor, query.sort!) } : { afterId: decodeCursor(query.cursor) }),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (row) => (order ? sortKey(query.sort!, { value: row.name, id: row.id }) : row.id));
  return { items: page.items.map(toPlace), nextCursor: page.nextCursor };
}

/**
 * Imports places from CSV (ref,kind,parent_ref,jurisdiction_code,name,venue_type,address,latitude,longitude,outline).
 * Rows may come in any order; a row's parent is another row's ref or a place stored earlier. A ref already
 * stored is left unchanged, so that a re-run adds nothing twice.
 */
export async function importPlacesCsv(platform: Platform, actor: Actor, input: Readable, onProgress?: (report: ImportReport) => void): Promise<ImportReport> {
  await requirePermission(platform, actor, 'places.import', 'places.import');
  const db = platform.database.db;
  const report = emptyReport();
  type Row = ReturnType<typeof placeImportRowSchema.parse> & { row: number; code: string; parentCode: string | null };
  const rows: Row[] = [];
  for await (const record of readCsvRecords(input)) {
    report.received++;
    const checked = validateRow(placeImportRowSchema, record);
    if ('errors' in checked) report.rejected.push(...checked.errors);
    else rows.push({ ...checked.value, row: record.row, code: checked.value.ref, parentCode: checked.value.parent_ref ?? null });
    if (report.received % PROGRESS_EVERY === 0) onProgress?.(report);
  }
  onProgress?.(report);
  const refs = [...new Set(rows.flatMap((row) => [row.ref, row.parent_ref ?? '']).filter(Boolean))];
  const stored = await getPlaceRowsByRef(db, actor.scope, refs);
  const taken = await findTakenRefs(db, refs);
  const fresh: Row[] = [];
  for (const row of rows) {
    if (stored.has(row.ref)) report.unchanged++;
    else if (taken.has(row.ref)) report.rejected.push({ row: row.row, field: 'ref', problem: 'is already used by another place' });
    else fresh.push(row);
  }
  const { ordered, problems } = orderParentsFirst(fresh, new Set(stored.keys()));
  for (const problem of problems) {
    const row = fresh[problem.index]!;
    report.rejected.push({ row: row.row, field: problem.problem.startsWith('duplicate') ? 'ref' : 'parent_ref', problem: problem.problem.replace('parent_code', 'parent_ref').replace('jurisdiction', 'place') });
  }
  const jurisdictions = new Map<string, JurisdictionRow | null>();
  const built = new Map<string, Pick<PlaceRow, 'id' | 'kind' | 'jurisdiction_code'>>(stored);
  const now = platform.clock.now().toISOString();
  const toInsert: Insertable<PlaceTable>[] = [];
  for (const row of ordered) {
    const error = (field: string, problem: string): RowError => ({ row: row.row, field, problem });
    const parent = row.parent_ref ? built.get(row.parent_ref) : undefined;
    if (row.parent_ref && !parent) {
      report.rejected.push(error('parent_ref', `parent ${row.parent_ref} was rejected`));
      continue;
    }
    const placement = placementProblem(row.kind, (parent?.kind as PlaceKind | undefined) ?? null, row.venue_type);
    if (placement) {
      report.rejected.push(error(placement.includes('venueType') ? 'venue_type' : 'parent_ref', placement.replace('venueType', 'venue_type')));
      continue;
    }
    const code = row.jurisdiction_code ?? parent?.jurisdiction_code;
    if (!code) {
      report.rejected.push(error('jurisdiction_code', 'is required for a place without a parent'));
      continue;
    }
    if (parent && code !== parent.jurisdiction_code) {
      report.rejected.push(error('jurisdiction_code', 'must be the jurisdiction of the parent place'));
      continue;
    }
    if (!jurisdictions.has(code)) {
      jurisdictions.set(code, (await findWritableJurisdiction(platform, actor, code)) ?? null);
    }
    const jurisdiction = jurisdictions.get(code);
    if (!jurisdiction) {
      report.rejected.push(error('jurisdiction_code', 'is not a jurisdiction within your scope'));
      continue;
    }
    const id = newId();
    built.set(row.ref, { id, kind: row.kind, jurisdiction_code: code });
    toInsert.push({
      id,
      kind: row.kind,
      parent_id: parent?.id ?? null,
      jurisdiction_code: code,
      county_code: jurisdiction.county_code,
      name: row.name,
      venue_type: row.venue_type ?? null,
      address: row.address ?? null,
      latitude: row.latitude ?? null,
      longitude: row.longitude ?? null,
      outline: row.outline ? JSON.stringify(row.outline) : null,
      external_ref: row.ref,
      created_at: now,
      updated_at: now,
    });
  }
  await db.transaction().execute(async (trx) => {
    report.inserted = await insertPlaces(trx, toInsert);
    await platform.audit.record(trx, {
      actor,
      purpose: actor.purpose,
      operation: 'places.import',
      outcome: 'allowed',
      detail: { received: report.received, inserted: report.inserted, rejected: report.rejected.length },
    });
  });
  report.unchanged += toInsert.length - report.inserted;
  report.rejected.sort((a, b) => a.row - b.row);
  return report;
}

/**
 * A venue within the actor's scope, for the operations only venues have (404 like a missing id otherwise,
 * the attempt audited); any other kind of place is a 400 on the id that says what only venues have.
 */
export async function requireVenue(platform: Platform, actor: Actor, operation: string, venueId: string, onlyVenues: string): Promise<PlaceRow> {
  const place = (await getPlaceRow(platform.database.db, actor.scope, venueId)) ?? (await notFoundAudited(platform, actor, operation, 'place', venueId));
  if (place.kind !== 'venue') throw invalid([{ field: 'id', problem: `is a ${place.kind}; ${onlyVenues}` }]);
  return place;
}
