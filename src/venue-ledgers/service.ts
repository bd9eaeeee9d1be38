import type { Insertable } from 'kysely';
import { findFeverFlagsOfVenue } from '../checkins/fever-store.ts';
import { findVenueKey } from '../checkins/keys.ts';
import { presentFeverFlags } from '../checkins/present.ts';
import { checkinRulesFor } from '../checkins/protocol-rules.ts';
import { toTenths } from '../checkins/rules.ts';
import { countCheckinsByQuarterHour } from '../checkins/venue-day.ts';
import { getJurisdictionRow } from '../jurisdictions/store.ts';
import type { VenueType } from '../places/model.ts';
import { requireVenue } from '../places/service.ts';
import type { PlaceRow } from '../places/store.ts';
import { requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { can } from '../platform/auth/roles.ts';
import type { Platform } from '../platform/context.ts';
import type { VenueComplianceRecordTable } from '../platform/db/schema.ts';
import { invalid, notFound } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { decodeSortCursor, sortKey, toPage, type Page } from '../platform/pagination.ts';
import { addDays, localDayStart } from '../platform/time.ts';
import { summarizeCheckinDay, summarizeCompliance } from './ledger.ts';
import { complianceMeasures, type ComplianceRecord, type ComplianceRecordCreate, type VenueLedger } from './model.ts';
import { ledgerDaysOf, validateComplianceCheck, validateLedgerDate, type LedgerDays } from './rules.ts';
import { findComplianceRecordsOfDay, getComplianceRecordRow, insertComplianceRecord, searchComplianceRecords, toComplianceRecord } from './store.ts';

/** The one order of a venue's history, as its cursors name it. */
const HISTORY_SORT = '-checkedAt';

/** The days the venue's ledger covers as of now, in its jurisdiction's time zone, by the check-in rules in force there. */
async function ledgerDaysAt(platform: Platform, venue: PlaceRow, now: Date): Promise<LedgerDays> {
  const jurisdiction = await getJurisdictionRow(platform.database.db, venue.jurisdiction_code);
  if (!jurisdiction) throw notFound('jurisdiction');
  return ledgerDaysOf(await checkinRulesFor(platform, venue.jurisdiction_code, now), now, jurisdiction.time_zone);
}

/**
 * Records a compliance check at a venue in the actor's subtree: masks, ventilation, disinfection and the
 * one-metre line, each compliant, not or not applicable. A day may have several (morning and evening
 * rounds); a retried submission is made harmless by the Idempotency-Key every POST accepts.
 */
export async function recordCompliance(platform: Platform, actor: Actor, venueId: string, input: ComplianceRecordCreate): Promise<ComplianceRecord> {
  await requirePermission(platform, actor, 'venue-ledgers.record', 'venue-ledgers.record');
  const venue = await requireVenue(platform, actor, 'venue-ledgers.record', venueId, 'ledgers are kept for venues only');
  const now = platform.clock.now();
  const checkedAt = input.checkedAt === undefined ? now : new Date(input.checkedAt);
  const issues = validateComplianceCheck({ date: input.date, checkedAt, checkedAtGiven: input.checkedAt !== undefined }, await ledgerDaysAt(platform, venue, now));
  if (issues.length > 0) throw invalid(issues);
  const { masks, ventilation, disinfection, distancing } = input.measures;
  const row: Insertable<VenueComplianceRecordTable> = {
    id: newId(),
    venue_id: venue.id,
    jurisdiction_code: venue.jurisdiction_code,
    county_code: venue.county_code,
    local_date: input.date,
    checked_at: checkedAt.toISOString(),
    masks_outcome: masks.outcome,
    masks_note: masks.note ?? null,
    ventilation_outcome: ventilation.outcome,
    ventilation_note: ventilation.note ?? null,
    disinfection_outcome: disinfection.outcome,
    disinfection_note: disinfection.note ?? null,
    distancing_outcome: distancing.outcome,
    distancing_note: distancing.note ?? null,
    note: input.note ?? null,
    recorded_by: actor.accountId ?? `system:${actor.username}`,
    recorded_at: now.toISOString(),
  };
  const notCompliant = complianceMeasures.filter((measure) => input.measures[measure].outcome === 'not_compliant');
  const db = platform.database.db;
  await db.transaction().execute(async (trx) => {
    await insertComplianceRecord(trx, row);
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'venue-ledgers.record', outcome: 'allowed', detail: { recordId: row.id, venueId: venue.id, date: row.local_date, notCompliant } });
  });
  return toComplianceRecord((await getComplianceRecordRow(db, actor.scope, row.id))!);
}

/**
 * A venue's ledger (台账) of one local day, by default today where the venue is: its check-ins counted by
 * local hour, the fever flags raised there, and the compliance checks with where each measure stands.
 * The flags name people: they go only to roles that follow flags up, and every person returned is
 * audited (SECURITY.md goal 4). Counts name nobody.
 */
export async function getVenueLedger(platform: Platform, actor: Actor, venueId: string, query: { date?: string | undefined }): Promise<VenueLedger> {
  await requirePermission(platform, actor, 'venue-ledgers.read', 'venue-ledgers.ledger');
  const venue = await requireVenue(platform, actor, 'venue-ledgers.ledger', venueId, 'ledgers are kept for venues only');
  const days = await ledgerDaysAt(platform, venue, platform.clock.now());
  const date = query.date ?? days.today;
  const issues = validateLedgerDate(date, days);
  if (issues.length > 0) throw invalid(issues);
  const start = localDayStart(date, days.timeZone);
  const window = { jurisdictionCode: venue.jurisdiction_code, from: Math.floor(start.getTime() / 1000), to: Math.floor(localDayStart(addDays(date, 1), days.timeZone).getTime() / 1000) };
  const db = platform.database.db;
  // Fevers are judged by the threshold of the protocol in force on that day.
  const rules = await checkinRulesFor(platform, venue.jurisdiction_code, start);
  const venueKey = await findVenueKey(db, venue.id);
  const quarters = venueKey === undefined ? [] : await countCheckinsByQuarterHour(db, actor.scope, { ...window, venueKey, feverTenths: toTenths(rules.feverThresholdCelsius) });
  const feverFlags = can(actor.role, 'fever-flags.read') ? await presentFeverFlags(platform, await findFeverFlagsOfVenue(db, actor.scope, { ...window, venueId: venue.id })) : null;
  const records = (await findComplianceRecordsOfDay(db, actor.scope, venue.id, date)).map(toComplianceRecord);
  await platform.audit.record(db, {
    actor,
    purpose: actor.purpose,
    operation: 'venue-ledgers.ledger',
    outcome: 'allowed',
    personIds: (feverFlags ?? []).map((flag) => flag.personId),
    detail: { venueId: venue.id, date, feverFlags: feverFlags?.length ?? null },
  });
  return {
    venue: { id: venue.id, name: venue.name, venueType: venue.venue_type as VenueType | null, jurisdictionCode: venue.jurisdiction_code },
    date,
    timeZone: days.timeZone,
    checkins: summarizeCheckinDay(quarters, days.timeZone),
    feverFlags,
    compliance: { records, summary: summarizeCompliance(records) },
  };
}

/** A venue's compliance records over a range of local days, newest check first, for an inspector reading its history. */
export async function listComplianceRecords(
  platform: Platform,
  actor: Actor,
  venueId: string,
  query: { from?: string | undefined; to?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<ComplianceRecord>> {
  await requirePermission(platform, actor, 'venue-ledgers.read', 'venue-ledgers.list');
  if (query.from && query.to && query.from > query.to) throw invalid([{ field: 'from', problem: 'must not be after to' }]);
  const venue = await requireVenue(platform, actor, 'venue-ledgers.list', venueId, 'ledgers are kept for venues only');
  const rows = await searchComplianceRecords(platform.database.db, actor.scope, { venueId: venue.id, from: query.from, to: query.to, after: decodeSortCursor(query.cursor, HISTORY_SORT), limit: query.limit });
  const page = toPage(rows, query.limit, (row) => sortKey(HISTORY_SORT, { value: row.checked_at, id: row.id }));
  return { items: page.items.map(toComplianceRecord), nextCursor: page.nextCursor };
}
