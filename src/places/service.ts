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
import { emptyReport, readCsvRecords, validateRow, type CsvRecord, type ImportReport, type RowError } from '../platform/imports.ts';
import { decodeCursor, decodeSortCursor, sortKey, toPage, type Page } from '../platform/pagination.ts';
import {
  placeImportRowSchema,
  placementProblem,
  type Place,
  type PlaceImportRow,
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

/** A row of a places file: the fields valid on their own, the whole row when every field is, and its problems. */
interface PlaceCandidate {
  row: number;
  fields: Partial<PlaceImportRow>;
  parsed: PlaceImportRow | undefined;
  problems: RowError[];
}

const partialImportRowSchema = placeImportRowSchema.partial();

/** The top-level column a row error names (`outline.coordinates.0` is the outline). */
const columnOf = (error: RowError) => error.field.split('.')[0];

/** The fields of a record that are valid on their own, so that a row with a bad field is still checked for its other problems. */
function validFields(record: CsvRecord, errors: RowError[]): Partial<PlaceImportRow> {
  const badColumns = new Set(errors.map(columnOf));
  return partialImportRowSchema.parse(Object.fromEntries(Object.entries(record.values).filter(([column]) => !badColumns.has(column))));
}

/**
 * Imports places from CSV (ref,kind,parent_ref,jurisdiction_code,name,venue_type,address,latitude,longitude,outline).
 * Rows may come in any order; a row's parent is another row's ref or a place stored earlier. A ref already
 * stored is left unchanged, so that a re-run adds nothing twice. A rejected row names every problem it has,
 * the first of each field, so that one round of corrections is enough.
 */
export async function importPlacesCsv(platform: Platform, actor: Actor, input: Readable, onProgress?: (report: ImportReport) => void): Promise<ImportReport> {
  await requirePermission(platform, actor, 'places.import', 'places.import');
  const db = platform.database.db;
  const report = emptyReport();
  const addProblem = (candidate: PlaceCandidate, field: string, problem: string) => {
    if (candidate.problems.some((known) => columnOf(known) === field)) return;
    const error = { row: candidate.row, field, problem };
    candidate.problems.push(error);
    report.rejected.push(error);
  };
  const candidates: PlaceCandidate[] = [];
  for await (const record of readCsvRecords(input)) {
    report.received++;
    const checked = validateRow(placeImportRowSchema, record);
    if ('errors' in checked) {
      report.rejected.push(...checked.errors);
      candidates.push({ row: record.row, fields: validFields(record, checked.errors), parsed: undefined, problems: checked.errors });
    } else {
      candidates.push({ row: record.row, fields: checked.value, parsed: checked.value, problems: [] });
    }
    if (report.received % PROGRESS_EVERY === 0) onProgress?.(report);
  }
  onProgress?.(report);
  const refsInFile = new Set(candidates.flatMap(({ fields }) => fields.ref ?? []));
  const refs = [...new Set([...refsInFile, ...candidates.flatMap(({ fields }) => fields.parent_ref ?? [])])];
  const stored = await getPlaceRowsByRef(db, actor.scope, refs);
  const taken = await findTakenRefs(db, refs);
  const fresh: { candidate: PlaceCandidate; code: string; parentCode: string | null }[] = [];
  // Rows that cannot take a place in the tree are still checked, after it, for what does not need one.
  const outsideTree: PlaceCandidate[] = [];
  for (const candidate of candidates) {
    const { ref, parent_ref: parentRef } = candidate.fields;
    if (ref !== undefined && stored.has(ref)) {
      // A stored place is left as it is, so only the row's own bad fields are named.
      if (candidate.problems.length === 0) report.unchanged++;
    } else if (ref === undefined) {
      outsideTree.push(candidate);
    } else if (taken.has(ref)) {
      addProblem(candidate, 'ref', 'is already used by another place');
      outsideTree.push(candidate);
    } else {
      fresh.push({ candidate, code: ref, parentCode: parentRef ?? null });
    }
  }
  const { ordered, problems } = orderParentsFirst(fresh, new Set(stored.keys()));
  for (const problem of problems) {
    const { candidate } = fresh[problem.index]!;
    addProblem(candidate, problem.problem.startsWith('duplicate') ? 'ref' : 'parent_ref', problem.problem.replace('parent_code', 'parent_ref').replace('jurisdiction', 'place'));
    outsideTree.push(candidate);
  }
  const jurisdictions = new Map<string, JurisdictionRow | null>();
  const built = new Map<string, Pick<PlaceRow, 'id' | 'kind' | 'jurisdiction_code'>>(stored);
  const now = platform.clock.now().toISOString();
  const toInsert: Insertable<PlaceTable>[] = [];
  for (const candidate of [...ordered.map((entry) => entry.candidate), ...outsideTree]) {
    const { kind, parent_ref: parentRef, venue_type: venueType } = candidate.fields;
    const parent = parentRef ? built.get(parentRef) : undefined;
    if (parentRef && !parent) addProblem(candidate, 'parent_ref', refsInFile.has(parentRef) ? `parent ${parentRef} was rejected` : `parent_ref ${parentRef} is not a known place`);
    // Without its parent a row's placement and the parent's jurisdiction are unknown, so neither is judged.
    const parentKnown = !parentRef || parent !== undefined;
    const placement = kind && parentKnown ? placementProblem(kind, (parent?.kind as PlaceKind | undefined) ?? null, venueType) : null;
    if (placement) addProblem(candidate, placement.includes('venueType') ? 'venue_type' : 'parent_ref', placement.replace('venueType', 'venue_type'));
    const code = candidate.fields.jurisdiction_code ?? parent?.jurisdiction_code;
    if (!code && parentKnown) addProblem(candidate, 'jurisdiction_code', 'is required for a place without a parent');
    if (code && parent && code !== parent.jurisdiction_code) addProblem(candidate, 'jurisdiction_code', 'must be the jurisdiction of the parent place');
    if (code && !jurisdictions.has(code)) {
      jurisdictions.set(code, (await findWritableJurisdiction(platform, actor, code)) ?? null);
    }
    const jurisdiction = code ? jurisdictions.get(code) : undefined;
    if (code && !jurisdiction) addProblem(candidate, 'jurisdiction_code', 'is not a jurisdiction within your scope');
    const row = candidate.parsed;
    if (!row || !code || !jurisdiction || candidate.problems.length > 0) continue;
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
