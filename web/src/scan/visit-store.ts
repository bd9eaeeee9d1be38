import type { Checkin, CheckinScanResult } from '../api/models.ts';

/** A request as it was sent, so that a retry sends exactly the same. */
export interface SentRequest {
  body: string;
}

/**
 * One visit to a venue as this browser tab remembers it. The entry time is fixed when the resident first
 * presses Check in, so that a double tap, a network retry or a reload sends the same check-in again and the
 * server stores it once (its natural key is person, venue and entry time).
 */
export interface Visit {
  enteredAt: string;
  checkIn: SentRequest | null;
  result: CheckinScanResult | null;
  exitedAt: string | null;
  leave: SentRequest | null;
  left: Checkin | null;
}

const KEY_PREFIX = 'bulwark.visit.';
/** Visits are kept per account, so that a shared phone never shows one resident another's check-in. */
const storageKey = (accountId: string, token: string) => `${KEY_PREFIX}${accountId}.${token}`;
/** After a day the same code starts a new visit: nobody stays that long at a venue. */
const VISIT_LIFETIME_MS = 24 * 60 * 60_000;

/** The visit remembered for a code, unless it is older than a day or storage is unavailable. */
export function loadVisit(accountId: string, token: string): Visit | null {
  try {
    const stored = window.sessionStorage.getItem(storageKey(accountId, token));
    const visit = stored ? (JSON.parse(stored) as Visit) : null;
    if (!visit || Date.now() - Date.parse(visit.enteredAt) > VISIT_LIFETIME_MS) return null;
    return visit;
  } catch {
    return null;
  }
}

/** Remembers a visit for the tab's life (null forgets it); a private window without storage keeps it in memory only. */
export function saveVisit(accountId: string, token: string, visit: Visit | null): void {
  try {
    if (visit) window.sessionStorage.setItem(storageKey(accountId, token), JSON.stringify(visit));
    else window.sessionStorage.removeItem(storageKey(accountId, token));
  } catch {
    // Nothing to do: the page keeps the visit in memory.
  }
}
