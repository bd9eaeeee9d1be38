import type { Readable } from 'node:stream';
import type { Insertable } from 'kysely';
import { findWritableJurisdiction } from '../jurisdictions/service.ts';
import type { JurisdictionRow } from '../jurisdictions/store.ts';
import { getPlaceRowsByRef, type PlaceRow } from '../places/store.ts';
import { requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import type { PersonTable } from '../platform/db/schema.ts';
import { emptyReport, readCsvBatches, validateRow, type CsvRecord, type ImportReport, type RowError } from '../platform/imports.ts';
import { personImportRowSchema } from './model.ts';
import { buildPersonRow } from './records.ts';
import { findRegisteredDocuments, insertPeople } from './store.ts';

const BATCH_SIZE = 5000;

/**
 * Imports people from CSV (name,document_type,document_number,jurisdiction_code,phone,birth_date,sex,
 * household_ref,affiliation_ref,priority_groups). Each bad row is reported with its row number, field and
 * reason while good rows are kept; a person whose document is already registered is not added again, so
 * that re-running a file adds nothing twice. Each batch commits with one audit record naming its people.
 */
export async function importPeopleCsv(platform: Platform, actor: Actor, input: Readable, onProgress?: (report: ImportReport) => void): Promise<ImportReport> {
  await requirePermission(platform, actor, 'people.import', 'people.import');
  const report = emptyReport();
  const jurisdictions = new Map<string, JurisdictionRow | null>();
  const seenInFile = new Map<string, number>();
  for await (const batch of readCsvBatches(input, BATCH_SIZE)) {
    report.received += batch.length;
    await importBatch(platform, actor, batch, report, jurisdictions, seenInFile);
    onProgress?.(report);
  }
  report.rejected.sort((a, b) => a.row - b.row);
  return report;
}

async function importBatch(
  platform: Platform,
  actor: Actor,
  batch: CsvRecord[],
  report: ImportReport,
  jurisdictions: Map<string, JurisdictionRow | null>,
  seenInFile: Map<string, number>,
): Promise<void> {
  const db = platform.database.db;
  const now = platform.clock.now().toISOString();
  const valid = batch.flatMap((record) => {
    const checked = validateRow(personImportRowSchema, record);
    if ('errors' in checked) {
      report.rejected.push(...checked.errors);
      return [];
    }
    return [{ record, value: checked.value }];
  });
  const refs = [...new Set(valid.flatMap(({ value }) => [value.household_ref, value.affiliation_ref]).filter((ref): ref is string => ref !== undefined))];
  const places: Map<string, PlaceRow> = refs.length > 0 ? await getPlaceRowsByRef(db, actor.scope, refs) : new Map();
  const candidates: { row: number; person: Insertable<PersonTable> & { id: string }; key: string }[] = [];
  for (const { record, value } of valid) {
    const reject = (field: string, problem: string) => report.rejected.push({ row: record.row, field, problem } satisfies RowError);
    const household = value.household_ref ? places.get(value.household_ref) : undefined;
    if (value.household_ref && household?.kind !== 'household') {
      reject('household_ref', 'is not a household within your scope');
      continue;
    }
    const affiliation = value.affiliation_ref ? places.get(value.affiliation_ref) : undefined;
    if (value.affiliation_ref && affiliation?.kind !== 'venue') {
      reject('affiliation_ref', 'is not a venue within your scope');
      continue;
    }
    const code = value.jurisdiction_code ?? household?.jurisdiction_code;
    if (!code) {
      reject('jurisdiction_code', 'is required when no household_ref is given');
      continue;
    }
    if (household && code !== household.jurisdiction_code) {
      reject('jurisdiction_code', 'must be the jurisdiction of the household');
      continue;
    }
    if (!jurisdictions.has(code)) {
      jurisdictions.set(code, (await findWritableJurisdiction(platform, actor, code)) ?? null);
    }
    const jurisdiction = jurisdictions.get(code);
    if (!jurisdiction) {
      reject('jurisdiction_code', 'is not a jurisdiction within your scope');
      continue;
    }
    const built = buildPersonRow(
      platform.protector,
      {
        name: value.name,
        documentType: value.document_type,
        documentNumber: value.document_number,
        phone: value.phone,
        birthDate: value.birth_date,
        sex: value.sex,
        priorityGroups: value.priority_groups,
      },
      { jurisdictionCode: jurisdiction.code, countyCode: jurisdiction.county_code, householdId: household?.id ?? null, affiliationId: affiliation?.id ?? null },
      now,
      { documentNumber: 'document_number', birthDate: 'birth_date', sex: 'sex' },
    );
    if ('issues' in built) {
      for (const issue of built.issues) reject(issue.field, issue.problem);
      continue;
    }
    const key = `${built.key.type}:${built.key.hash}`;
    const earlier = seenInFile.get(key);
    if (earlier !== undefined) {
      reject('document_number', `repeats the document of row ${earlier}`);
      continue;
    }
    seenInFile.set(key, record.row);
    candidates.push({ row: record.row, person: built.row, key });
  }
  const registered = await findRegisteredDocuments(
    db,
    candidates.map((candidate) => ({ type: candidate.person.document_type, hash: candidate.person.document_number_hash })),
  );
  const fresh = candidates.filter((candidate) => !registered.has(candidate.key));
  report.unchanged += candidates.length - fresh.length;
  if (fresh.length === 0) return;
  await db.transaction().execute(async (trx) => {
    const inserted = await insertPeople(trx, platform.database, fresh.map((candidate) => candidate.person));
    report.inserted += inserted.length;
    report.unchanged += fresh.length - inserted.length;
    await platform.audit.record(trx, {
      actor,
      purpose: actor.purpose,
      operation: 'people.import',
      outcome: 'allowed',
      personIds: inserted,
      detail: { rows: batch.length, inserted: inserted.length },
    });
  });
}
