import type { Readable } from 'node:stream';
import { getPlaceRowsByRef } from '../places/store.ts';
import { documentLookupKey, findPeopleByDocumentKey } from '../people/directory.ts';
import { requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import type { FieldIssue } from '../platform/errors.ts';
import { emptyReport, type ImportReport } from '../platform/imports.ts';
import { instantOf, readCheckinRows, type CheckinCsvRow } from './import-rows.ts';
import { writeCheckins, type CheckinToWrite } from './ingest.ts';
import type { CheckinVenue } from './keys.ts';
import { checkinRulesFor } from './protocol-rules.ts';
import { isFever, toTenths, validateCheckinTimes, type CheckinRules } from './rules.ts';

/**
 * Rows written in one transaction with one audit record: each commit waits for the disk, which costs as
 * much as inserting thousands of rows, while a transaction holds the embedded database from other
 * requests for as long as it writes (about a tenth of a second for this many).
 */
const BATCH_ROWS = 8000;
/** Documents remembered across batches; a county's people fit, and a bigger file starts afresh. */
const DOCUMENTS_HELD = 1_000_000;
const FIELDS = { enteredAt: 'entered_at', exitedAt: 'exited_at', temperature: 'temperature' };

/** An import's report; `updated` counts stored check-ins whose missing exit a row filled in. */
export interface CheckinImportReport extends ImportReport {
  updated: number;
}

/** What the import remembers across batches: who each document and venue reference is, and the rules by jurisdiction. */
interface ImportState {
  report: CheckinImportReport;
  people: Map<string, string | null>;
  venues: Map<string, CheckinVenue | null>;
  rules: Map<string, CheckinRules>;
}

/** A batch read and checked, ready to be written. */
interface PreparedBatch {
  rows: number;
  items: CheckinToWrite[];
}

/**
 * Imports check-ins from CSV with the simulator's header: id,person_document,venue_ref,entered_at,exited_at,
 * temperature (the person by resident ID number, the venue by its external reference; `id` is not kept,
 * since the natural key makes re-runs harmless). Each bad row is reported with its row number, field and
 * reason while good rows are kept; each batch commits with one audit record naming its people. Rows may
 * be as old as the retention of the protocol in force, not only the offline backdating limit. The next
 * batch is read and checked while the current one is written, so that a database server is never idle.
 */
export async function importCheckinsCsv(platform: Platform, actor: Actor, input: Readable, onProgress?: (report: ImportReport) => void): Promise<CheckinImportReport> {
  await requirePermission(platform, actor, 'checkins.ingest', 'checkins.import');
  const state: ImportState = { report: { ...emptyReport(), updated: 0 }, people: new Map(), venues: new Map(), rules: new Map() };
  const batches = readCheckinRows(input, BATCH_ROWS);
  const prepareNext = async () => {
    const next = await batches.next();
    return next.done ? undefined : prepareBatch(platform, actor, next.value, state);
  };
  let upcoming = prepareNext();
  for (let prepared = await upcoming; prepared; prepared = await upcoming) {
    upcoming = prepareNext();
    // Awaited at the next turn; this keeps a failure from being reported as unhandled while the current batch is written.
    upcoming.catch(() => {});
    await writeBatch(platform, actor, prepared, state.report);
    onProgress?.(state.report);
  }
  state.report.rejected.sort((a, b) => a.row - b.row);
  return state.report;
}

/** Learns the people and venues of a batch that were not seen before, in a few queries. */
async function learnBatch(platform: Platform, actor: Actor, batch: CheckinCsvRow[], state: ImportState): Promise<void> {
  if (state.people.size > DOCUMENTS_HELD) state.people.clear();
  const documents = new Map<string, string>();
  const refs = new Set<string>();
  for (const { personDocument, venueRef } of batch) {
    if (personDocument && !state.people.has(personDocument) && !documents.has(personDocument)) {
      const lookup = documentLookupKey(platform, 'resident_id', personDocument);
      if ('key' in lookup) documents.set(personDocument, lookup.key);
    }
    if (venueRef && !state.venues.has(venueRef)) refs.add(venueRef);
  }
  const found = documents.size > 0 ? await findPeopleByDocumentKey(platform, [...documents.values()]) : new Map<string, string>();
  for (const [document, key] of documents) state.people.set(document, found.get(key) ?? null);
  const places = refs.size > 0 ? await getPlaceRowsByRef(platform.database.db, actor.scope, [...refs]) : new Map();
  for (const ref of refs) {
    const place = places.get(ref);
    state.venues.set(ref, place?.kind === 'venue' ? { venueId: place.id, jurisdictionCode: place.jurisdiction_code, countyCode: place.county_code ?? place.jurisdiction_code } : null);
  }
  const now = platform.clock.now();
  for (const venue of state.venues.values()) {
    if (venue && !state.rules.has(venue.jurisdictionCode)) state.rules.set(venue.jurisdictionCode, await checkinRulesFor(platform, venue.jurisdictionCode, now));
  }
}

/** Checks each row of a batch: the good become check-ins to write, the bad are reported by row and field. */
async function prepareBatch(platform: Platform, actor: Actor, batch: CheckinCsvRow[], state: ImportState): Promise<PreparedBatch> {
  await learnBatch(platform, actor, batch, state);
  const nowSeconds = Math.floor(platform.clock.now().getTime() / 1000);
  const items: CheckinToWrite[] = [];
  for (const record of batch) {
    const personId = state.people.get(record.personDocument);
    const venue = state.venues.get(record.venueRef);
    const enteredAt = instantOf(record.enteredAt);
    const exitedAt = instantOf(record.exitedAt);
    const temperature = record.temperature ? Number(record.temperature) : null;
    let problems: FieldIssue[];
    if (personId && venue && typeof enteredAt === 'number' && exitedAt !== 'invalid' && (temperature === null || Number.isFinite(temperature))) {
      const rules = state.rules.get(venue.jurisdictionCode)!;
      const item: CheckinToWrite = { personId, venue, enteredAt, exitedAt, temperatureTenths: temperature === null ? null : toTenths(temperature), fever: false };
      problems = validateCheckinTimes(item, rules, nowSeconds, 'file', FIELDS);
      item.fever = isFever(item.temperatureTenths, rules);
      if (problems.length === 0) items.push(item);
    } else {
      problems = rowProblems(platform, record, state, { enteredAt, exitedAt, temperature });
    }
    for (const { field, problem } of problems) state.report.rejected.push({ row: record.row, field, problem });
  }
  state.report.received += batch.length;
  return { rows: batch.length, items };
}

/** The problems of a row that could not even be checked against the rules, by field in column order. */
function rowProblems(platform: Platform, record: CheckinCsvRow, state: ImportState, read: { enteredAt: number | null | 'invalid'; exitedAt: number | null | 'invalid'; temperature: number | null }): FieldIssue[] {
  const problems: FieldIssue[] = [];
  const personId = record.personDocument ? state.people.get(record.personDocument) : undefined;
  if (!record.personDocument) problems.push({ field: 'person_document', problem: 'is required' });
  else if (personId === undefined) problems.push({ field: 'person_document', problem: documentProblem(platform, record.personDocument) });
  else if (personId === null) problems.push({ field: 'person_document', problem: 'is not a registered person' });
  if (!(record.venueRef && state.venues.get(record.venueRef))) problems.push({ field: 'venue_ref', problem: record.venueRef ? 'is not a venue within your scope' : 'is required' });
  if (typeof read.enteredAt !== 'number') problems.push({ field: 'entered_at', problem: read.enteredAt === null ? 'is required' : 'must be a date and time in ISO 8601 with a time zone' });
  if (read.exitedAt === 'invalid') problems.push({ field: 'exited_at', problem: 'must be a date and time in ISO 8601 with a time zone' });
  if (read.temperature !== null && !Number.isFinite(read.temperature)) problems.push({ field: 'temperature', problem: 'must be a number of degrees Celsius' });
  return problems;
}

/** Why a document could not be looked up, in words (never the number itself). */
function documentProblem(platform: Platform, document: string): string {
  const lookup = documentLookupKey(platform, 'resident_id', document);
  return 'problem' in lookup ? lookup.problem : 'is not a registered person';
}

async function writeBatch(platform: Platform, actor: Actor, prepared: PreparedBatch, report: CheckinImportReport): Promise<void> {
  if (prepared.items.length === 0) return;
  const { outcomes } = await writeCheckins(platform, prepared.items, { actor, operation: 'checkins.import', source: 'import', detail: { rows: prepared.rows } });
  for (const outcome of outcomes) {
    if (outcome === 'stored') report.inserted++;
    else if (outcome === 'updated') report.updated++;
    else report.unchanged++;
  }
}
