import type { Executor } from '../platform/db/executor.ts';
import { closeCategories, type ContactCategory, type Evidence } from './candidates.ts';
import type { NamedCandidateRow } from './candidate-store.ts';
import type { Candidate, EvidenceView } from './model.ts';
import { readInChunks } from '../platform/db/in-chunks.ts';

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/** The names of the places evidence points at. */
export async function placeNames(executor: Executor, evidence: readonly Evidence[]): Promise<Map<string, string>> {
  const ids = evidence.flatMap((item) => (item.kind === 'venue' || item.kind === 'same_day_visit' ? [item.venueId] : item.kind === 'affiliation' ? [item.affiliationId] : []));
  const rows = await readInChunks(ids, (chunk) => executor.selectFrom('places').select(['id', 'name']).where('id', 'in', chunk).execute());
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Stored evidence (epoch seconds) as the API shows it (ISO instants, with place names). */
export function presentEvidence(evidence: readonly Evidence[], names: ReadonlyMap<string, string>): EvidenceView[] {
  return evidence.map((item) => {
    switch (item.kind) {
      case 'venue':
        return { ...item, venueName: names.get(item.venueId) ?? null, from: iso(item.from), to: iso(item.to) };
      case 'household':
        return { ...item, from: iso(item.from), to: iso(item.to) };
      case 'affiliation':
        return { ...item, affiliationName: names.get(item.affiliationId) ?? null, from: iso(item.from), to: iso(item.to) };
      case 'same_day_visit':
        return { ...item, venueName: names.get(item.venueId) ?? null, enteredAt: iso(item.enteredAt) };
    }
  });
}

/** Stored candidates as the API shows them. */
export async function presentCandidates(executor: Executor, rows: readonly NamedCandidateRow[]): Promise<Candidate[]> {
  const evidence = rows.map((row) => JSON.parse(row.evidence) as Evidence[]);
  const names = await placeNames(executor, evidence.flat());
  return rows.map((row, index) => ({
    id: row.id,
    caseId: row.case_id,
    personId: row.person_id,
    personName: row.person_name,
    jurisdictionCode: row.jurisdiction_code,
    degree: row.degree,
    viaPersonId: row.via_person_id,
    category: row.category as ContactCategory,
    close: closeCategories.includes(row.category as ContactCategory),
    evidence: presentEvidence(evidence[index]!, names),
    firstExposureAt: row.first_exposure_at,
    lastExposureAt: row.last_exposure_at,
    exposureMinutes: row.exposure_minutes,
    score: Number(row.score),
    status: row.status as Candidate['status'],
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    computedAt: row.computed_at,
  }));
}
