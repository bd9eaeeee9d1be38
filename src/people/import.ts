import type { Readable } from 'node:stream';
import { findWritableJurisdiction } from '../jurisdictions/service.ts';
import type { JurisdictionRow } from '../jurisdictions/store.ts';
import { getPlaceRowsByRef, type PlaceRow } from '../places/store.ts';
import { PERSON_DOCUMENT_KEY } from './store.ts';
import { requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { insertValuesSkippingConflicts } from '../platform/db/bulk.ts';
import type { PersonTable } from '../platform/db/schema.ts';
import { emptyReport, type ImportReport } from '../platform/imports.ts';
import { protectedBatches, type PlacedChunk } from './import-chunks.ts';
import { readPersonRow } from './import-row-schema.ts';
import { PROTECTED_VALUES, VALUE_AT, protectDoubtfulRow } from './protection.ts';

/** The columns of a stored person, in the order storeBatch gives their values. */
const PERSON_COLUMNS = [
  'id',
  'jurisdiction_code',
  'county_code',
  'name',
  'document_type',
  'document_number_cipher',
  'document_number_hash',
  'document_number_masked',
  'phone_cipher',
  'phone_hash',
  'phone_masked',
  'birth_date',
  'sex',
  'household_id',
  'affiliation_id',
  'affiliation_group',
  'priority_groups',
  'created_at',
  'updated_at',
  'version',
] as const satisfies readonly (keyof PersonTable)[];

/** What the import remembers across batches. */
interface ImportState {
  report: ImportReport;
  jurisdictions: Map<string, JurisdictionRow | null>;
  /** The first row of each document in the file, by document type and hash. */
  seenInFile: Map<string, number>;
}

/**
 * Imports people from CSV (name,document_type,document_number,jurisdiction_code,phone,birth_date,sex,
 * household_ref,affiliation_ref,affiliation_group,priority_groups; affiliation_group, the class or team,
 * goes only with an affiliation_ref, and a file may leave its column out). Each bad row is reported with
 * its row number, field and reason while good rows are kept; a person whose document is already
 * registered is not added again, so that re-running a file adds nothing twice. Each batch commits with one
 * audit record naming its people.
 *
 * The file is cut into chunks at record boundaries that a worker thread parses, validates and encrypts
 * while this thread writes the previous batch (import-chunks.ts).
 */
export async function importPeopleCsv(platform: Platform, actor: Actor, input: Readable, onProgress?: (report: ImportReport) => void): Promise<ImportReport> {
  await requirePermission(platform, actor, 'people.import', 'people.import');
  const state: ImportState = { report: emptyReport(), jurisdictions: new Map(), seenInFile: new Map() };
  for await (const batch of protectedBatches(input, platform.protector, platform.secretKey)) {
    await storeBatch(platform, actor, batch, state);
    onProgress?.(state.report);
  }
  state.report.rejected.sort((a, b) => a.row - b.row);
  return state.report;
}

/** Reports a row that cannot be stored, by its row number and field. */
function reject(report: ImportReport, row: number, field: string, problem: string): void {
  report.rejected.push({ row, field, problem });
}

/** Places protected chunks (households, affiliations, jurisdiction within scope), drops duplicates, and stores them. */
async function storeBatch(platform: Platform, actor: Actor, batch: PlacedChunk[], state: ImportState): Promise<void> {
  const { report, jurisdictions, seenInFile } = state;
  const db = platform.database.db;
  const now = platform.clock.now().toISOString();
  const width = PROTECTED_VALUES.length;

  const refs = new Set<string>();
  for (const { chunk, firstLine } of batch) {
    // Rows the plain reader left to the schema, which only this thread loads.
    for (const { index, raw } of chunk.doubtful) {
      const issues = protectDoubtfulRow(platform.protector, chunk, index, readPersonRow(raw));
      for (const issue of issues ?? []) report.rejected.push({ row: firstLine + chunk.rows[index]! - 1, field: issue.field, problem: issue.problem });
    }
    for (let base = 0; base < chunk.values.length; base += width) {
      const householdRef = chunk.values[base + VALUE_AT.household_ref];
      const affiliationRef = chunk.values[base + VALUE_AT.affiliation_ref];
      if (householdRef) refs.add(householdRef);
      if (affiliationRef) refs.add(affiliationRef);
    }
  }
  const places: Map<string, PlaceRow> = refs.size > 0 ? await getPlaceRowsByRef(db, actor.scope, [...refs]) : new Map();

  // Each person as the values of PERSON_COLUMNS, which the insert takes without taking objects apart.
  const people: unknown[][] = [];
  let records = 0;
  for (const { chunk, firstLine } of batch) {
    records += chunk.records;
    for (const error of chunk.rejected) report.rejected.push({ row: firstLine + error.row - 1, field: error.field, problem: error.problem });
    const { values } = chunk;
    for (let index = 0, base = 0; index < chunk.rows.length; index++, base += width) {
      // A doubtful row that the schema refused.
      if (values[base + VALUE_AT.id] === null) continue;
      const row = firstLine + chunk.rows[index]! - 1;
      const householdRef = values[base + VALUE_AT.household_ref];
      const household = householdRef ? places.get(householdRef) : undefined;
      if (householdRef && household?.kind !== 'household') {
        reject(report, row, 'household_ref', 'is not a household within your scope');
        continue;
      }
      const affiliationRef = values[base + VALUE_AT.affiliation_ref];
      const affiliation = affiliationRef ? places.get(affiliationRef) : undefined;
      if (affiliationRef && affiliation?.kind !== 'venue') {
        reject(report, row, 'affiliation_ref', 'is not a venue within your scope');
        continue;
      }
      const affiliationGroup = values[base + VALUE_AT.affiliation_group];
      if (affiliationGroup && !affiliation) {
        reject(report, row, 'affiliation_group', 'needs an affiliation_ref, the school or workplace the group belongs to');
        continue;
      }
      const code = values[base + VALUE_AT.jurisdiction_code] ?? household?.jurisdiction_code;
      if (!code) {
        reject(report, row, 'jurisdiction_code', 'is required when no household_ref is given');
        continue;
      }
      if (household && code !== household.jurisdiction_code) {
        reject(report, row, 'jurisdiction_code', 'must be the jurisdiction of the household');
        continue;
      }
      if (!jurisdictions.has(code)) jurisdictions.set(code, (await findWritableJurisdiction(platform, actor, code)) ?? null);
      const jurisdiction = jurisdictions.get(code);
      if (!jurisdiction) {
        reject(report, row, 'jurisdiction_code', 'is not a jurisdiction within your scope');
        continue;
      }
      const documentType = values[base + VALUE_AT.document_type]!;
      const documentHash = values[base + VALUE_AT.document_number_hash]!;
      const key = `${documentType}:${documentHash}`;
      const earlier = seenInFile.get(key);
      if (earlier !== undefined) {
        reject(report, row, 'document_number', `repeats the document of row ${earlier}`);
        continue;
      }
      seenInFile.set(key, row);
      people.push([
        values[base + VALUE_AT.id],
        jurisdiction.code,
        jurisdiction.county_code,
        values[base + VALUE_AT.name],
        documentType,
        values[base + VALUE_AT.document_number_cipher],
        documentHash,
        values[base + VALUE_AT.document_number_masked],
        values[base + VALUE_AT.phone_cipher],
        values[base + VALUE_AT.phone_hash],
        values[base + VALUE_AT.phone_masked],
        values[base + VALUE_AT.birth_date],
        values[base + VALUE_AT.sex],
        household?.id ?? null,
        affiliation?.id ?? null,
        affiliationGroup,
        values[base + VALUE_AT.priority_groups],
        now,
        now,
        1,
      ]);
    }
  }
  report.received += records;
  if (people.length === 0) return;
  // A document already registered is skipped by the insert itself (the unique key), and counted unchanged.
  await db.transaction().execute(async (trx) => {
    const inserted = await insertValuesSkippingConflicts(trx, platform.database, 'people', PERSON_COLUMNS, people, PERSON_DOCUMENT_KEY);
    report.inserted += inserted.length;
    report.unchanged += people.length - inserted.length;
    await platform.audit.record(trx, {
      actor,
      purpose: actor.purpose,
      operation: 'people.import',
      outcome: 'allowed',
      personIds: inserted,
      detail: { rows: records, inserted: inserted.length },
    });
  });
}
