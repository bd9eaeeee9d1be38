import { getPlaceRows } from '../places/store.ts';
import type { Scope } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import type { FeverFlagRow } from './fever-store.ts';
import type { Checkin, CheckinSource, FeverFlag } from './model.ts';
import type { NamedCheckinRow } from './store.ts';

/** Venue names are shown wherever the check-in is: the row was already scoped by its jurisdiction. */
const EVERYWHERE: Scope = { kind: 'system' };

/** Whole seconds since the epoch from an ISO 8601 instant (fractions of a second are dropped). */
export function toEpochSeconds(instant: string): number {
  return Math.floor(Date.parse(instant) / 1000);
}

/** An ISO 8601 instant in UTC from epoch seconds. */
export function toInstant(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}

/** Degrees Celsius from stored tenths. */
export function toCelsius(tenths: number): number {
  return tenths / 10;
}

async function venueNames(platform: Platform, venueIds: string[]): Promise<Map<string, string>> {
  const places = await getPlaceRows(platform.database.db, EVERYWHERE, [...new Set(venueIds)]);
  return new Map([...places].map(([id, place]) => [id, place.name]));
}

/**
 * Check-ins as the API shows them: the person by id, the venue by id and name, times in ISO 8601. Names the
 * caller already holds (a scan's venue, from its code) are not read again.
 */
export async function presentCheckins(platform: Platform, rows: NamedCheckinRow[], knownNames?: ReadonlyMap<string, string>): Promise<Checkin[]> {
  const names = knownNames && rows.every((row) => knownNames.has(row.venue_id)) ? knownNames : await venueNames(platform, rows.map((row) => row.venue_id));
  return rows.map((row) => ({
    personId: row.person_id,
    venueId: row.venue_id,
    venueName: names.get(row.venue_id) ?? '',
    jurisdictionCode: row.jurisdiction_code,
    enteredAt: toInstant(Number(row.entered_at)),
    exitedAt: row.exited_at === null ? null : toInstant(Number(row.exited_at)),
    temperature: row.temperature === null ? null : toCelsius(row.temperature),
    source: row.source as CheckinSource,
    recordedAt: toInstant(Number(row.recorded_at)),
  }));
}

/** Fever flags as the API shows them. */
export async function presentFeverFlags(platform: Platform, rows: FeverFlagRow[]): Promise<FeverFlag[]> {
  const names = await venueNames(platform, rows.map((row) => row.venue_id));
  return rows.map((row) => ({
    id: row.id,
    personId: row.person_id,
    venueId: row.venue_id,
    venueName: names.get(row.venue_id) ?? '',
    jurisdictionCode: row.jurisdiction_code,
    temperature: toCelsius(row.temperature),
    enteredAt: toInstant(Number(row.entered_at)),
    status: row.status as FeverFlag['status'],
    handledBy: row.handled_by,
    handledAt: row.handled_at,
    note: row.note,
  }));
}
