import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import type { FeverFlagTable } from '../platform/db/schema.ts';
import { ensureMonthlyPartitions } from '../platform/db/partitions.ts';
import { newId } from '../platform/ids.ts';
import { insertFeverFlags } from './fever-store.ts';
import { forgetPersonKeys, resolvePersonKeys, resolveVenueKeys, type CheckinVenue } from './keys.ts';
import type { CheckinSource } from './model.ts';
import { storeCheckins, type CheckinRow, type StoreOutcome } from './store.ts';

/** One valid check-in on its way to storage: people and venues by id, times in epoch seconds. */
export interface CheckinToWrite {
  personId: string;
  venue: CheckinVenue;
  enteredAt: number;
  exitedAt: number | null;
  temperatureTenths: number | null;
  /** At or above the fever threshold of the protocol in force at the venue. */
  fever: boolean;
}

/** What the audit record of a write says besides the people it names. */
export interface WriteAudit {
  actor: Actor;
  operation: string;
  source: CheckinSource;
  detail?: Record<string, unknown>;
}

export interface WriteResult {
  outcomes: StoreOutcome[];
  /** The stored row of each item, as keys, so that a scan can answer with its check-in. */
  rows: CheckinRow[];
  feverFlagsRaised: number;
}

/** A remembered person key was refused by the database: the purge of another process removed its person. */
function isStaleKey(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}

/**
 * Stores valid check-ins with their fever flags and one audit record naming their people, in one
 * transaction, so that an acknowledged check-in is committed with its flag and its record (SECURITY.md
 * goals 4 and 7). Idempotent: repeats of stored check-ins change nothing and raise no second flag.
 */
export async function writeCheckins(platform: Platform, items: CheckinToWrite[], audit: WriteAudit): Promise<WriteResult> {
  const database = platform.database;
  if (items.length > 0) {
    let earliest = Infinity;
    let latest = -Infinity;
    for (const { enteredAt } of items) {
      earliest = Math.min(earliest, enteredAt);
      latest = Math.max(latest, enteredAt);
    }
    await ensureMonthlyPartitions(database, 'checkins', new Date(earliest * 1000), new Date(latest * 1000), 'epoch-seconds');
  }
  const venues = [...new Map(items.map((item) => [item.venue.venueId, item.venue])).values()];
  const recordedAt = Math.floor(platform.clock.now().getTime() / 1000);
  for (let attempt = 1; ; attempt++) {
    try {
      // One commit for keys, check-ins, flags and audit record: each commit waits for the disk.
      const { result, remember } = await database.db.transaction().execute(async (trx) => {
        const venueKeys = await resolveVenueKeys(trx, database, venues);
        const personKeys = await resolvePersonKeys(trx, database, items.map((item) => item.personId));
        const rows: CheckinRow[] = items.map((item) => ({
          person_key: personKeys.keys.get(item.personId)!,
          venue_key: venueKeys.keys.get(item.venue.venueId)!,
          entered_at: item.enteredAt,
          exited_at: item.exitedAt,
          temperature: item.temperatureTenths,
          source: audit.source,
          county_code: item.venue.countyCode,
          jurisdiction_code: item.venue.jurisdictionCode,
          recorded_at: recordedAt,
        }));
        const outcomes = await storeCheckins(trx, database, rows);
        const flags = items.filter((item, index) => item.fever && outcomes[index] === 'stored').map(toFeverFlag);
        const feverFlagsRaised = await insertFeverFlags(trx, flags);
        const count = (outcome: StoreOutcome) => outcomes.filter((each) => each === outcome).length;
        await platform.audit.record(trx, {
          actor: audit.actor,
          purpose: audit.actor.purpose,
          operation: audit.operation,
          outcome: 'allowed',
          personIds: items.map((item) => item.personId),
          detail: { ...audit.detail, source: audit.source, stored: count('stored'), duplicate: count('duplicate'), updated: count('updated'), feverFlags: feverFlagsRaised },
        });
        return { result: { outcomes, rows, feverFlagsRaised }, remember: () => [venueKeys, personKeys].forEach((keys) => keys.remember()) };
      });
      remember();
      return result;
    } catch (error) {
      if (attempt > 1 || !isStaleKey(error)) throw error;
      forgetPersonKeys(database);
    }
  }
}

function toFeverFlag(item: CheckinToWrite): FeverFlagTable {
  return {
    id: newId(),
    person_id: item.personId,
    venue_id: item.venue.venueId,
    jurisdiction_code: item.venue.jurisdictionCode,
    county_code: item.venue.countyCode,
    temperature: item.temperatureTenths!,
    entered_at: item.enteredAt,
    status: 'open',
    handled_by: null,
    handled_at: null,
    note: null,
  };
}
