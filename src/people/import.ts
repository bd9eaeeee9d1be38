import type { Readable } from 'node:stream';
import type { Insertable } from 'kysely';
import { findWritableJurisdiction } from '../jurisdictions/service.ts';
import type { JurisdictionRow } from '../jurisdictions/store.ts';
import { getPlaceRowsByRef, type PlaceRow } from '../places/store.ts';
import { requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import type { PersonTable } from '../platform/db/schema.ts';
import { emptyReport, readCsvBatches, type ImportReport, type RowError } from '../platform/imports.ts';
import type { ProtectedRow } from './protection.ts';
import { ProtectionWorker } from './protection-pool.ts';
import { placePerson } from './records.ts';
import { insertPeople } from './store.ts';

const BATCH_SIZE = 5000;

/**
 * Imports people from CSV (name,document_type,document_number,jurisdiction_code,phone,birth_date,sex,
 * household_ref,affiliation_ref,priority_groups). Each bad row is reported with its row number, field and
 * reason while good rows are kept; a person whose document is already registered is not added again, so
 * that re-running a file adds nothing twice. Each batch commits with one audit record naming its people.
 *
 * Validation and encryption of the next batch run on a worker thread while this one is written, so that
 * both cores work.
 */
export async function importPeopleCsv(platform: Platform, actor: Actor, input: Readable, onProgress?: (report: ImportReport) => void): Promise<ImportReport> {
  await requirePermission(platform, actor, 'people.import', 'people.import');
  const report = emptyReport();
  const jurisdictions = new Map<string, JurisdictionRow | null>();
  const seenInFile = new Map<string, number>();
  const worker = new ProtectionWorker(platform.secretKey);
  try {
    let inFlight: Promise<ProtectedRow[]> | undefined;
    let inFlightSize = 0;
    const finish = async () => {
      if (!inFlight) return;
      const rows = await inFlight;
      await storeBatch(platform, actor, rows, report, jurisdictions, seenInFile);
      report.received += inFlightSize;
      onProgress?.(report);
    };
    for await (const batch of readCsvBatches(input, BATCH_SIZE)) {
      const next = worker.protect(batch);
      // Awaited below; this keeps a failure from being reported as unhandled while the previous batch is stored.
      next.catch(() => {});
      await finish();
      inFlight = next;
      inFlightSize = batch.length;
    }
    await finish();
  } finally {
    await worker.close();
  }
  report.rejected.sort((a, b) => a.row - b.row);
  return report;
}

/** Places a protected batch (households, affiliations, jurisdiction within scope), drops duplicates, and stores it. */
async function storeBatch(
  platform: Platform,
  actor: Actor,
  rows: ProtectedRow[],
  report: ImportReport,
  jurisdictions: Map<string, JurisdictionRow | null>,
  seenInFile: Map<string, number>,
): Promise<void> {
  const db = platform.database.db;
  const now = platform.clock.now().toISOString();
  const refs = [...new Set(rows.flatMap((row) => ('errors' in row ? [] : [row.householdRef, row.affiliationRef])).filter((ref): ref is string => ref !== undefined))];
  const places: Map<string, PlaceRow> = refs.length > 0 ? await getPlaceRowsByRef(db, actor.scope, refs) : new Map();
  const candidates: { person: Insertable<PersonTable> & { id: string } }[] = [];
  for (const row of rows) {
    if ('errors' in row) {
      report.rejected.push(...row.errors);
      continue;
    }
    const reject = (field: string, problem: string) => report.rejected.push({ row: row.row, field, problem } satisfies RowError);
    const household = row.householdRef ? places.get(row.householdRef) : undefined;
    if (row.householdRef && household?.kind !== 'household') {
      reject('household_ref', 'is not a household within your scope');
      continue;
    }
    const affiliation = row.affiliationRef ? places.get(row.affiliationRef) : undefined;
    if (row.affiliationRef && affiliation?.kind !== 'venue') {
      reject('affiliation_ref', 'is not a venue within your scope');
      continue;
    }
    const code = row.jurisdictionCode ?? household?.jurisdiction_code;
    if (!code) {
      reject('jurisdiction_code', 'is required when no household_ref is given');
      continue;
    }
    if (household && code !== household.jurisdiction_code) {
      reject('jurisdiction_code', 'must be the jurisdiction of the household');
      continue;
    }
    if (!jurisdictions.has(code)) jurisdictions.set(code, (await findWritableJurisdiction(platform, actor, code)) ?? null);
    const jurisdiction = jurisdictions.get(code);
    if (!jurisdiction) {
      reject('jurisdiction_code', 'is not a jurisdiction within your scope');
      continue;
    }
    const earlier = seenInFile.get(row.key);
    if (earlier !== undefined) {
      reject('document_number', `repeats the document of row ${earlier}`);
      continue;
    }
    seenInFile.set(row.key, row.row);
    const placement = { jurisdictionCode: jurisdiction.code, countyCode: jurisdiction.county_code, householdId: household?.id ?? null, affiliationId: affiliation?.id ?? null };
    candidates.push({ person: placePerson(row.columns, placement, now) });
  }
  if (candidates.length === 0) return;
  // A document already registered is skipped by the insert itself (the unique key), and counted unchanged.
  await db.transaction().execute(async (trx) => {
    const inserted = await insertPeople(trx, platform.database, candidates.map((candidate) => candidate.person));
    report.inserted += inserted.length;
    report.unchanged += candidates.length - inserted.length;
    await platform.audit.record(trx, {
      actor,
      purpose: actor.purpose,
      operation: 'people.import',
      outcome: 'allowed',
      personIds: inserted,
      detail: { rows: rows.length, inserted: inserted.length },
    });
  });
}
