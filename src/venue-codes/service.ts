import type { KeyObject } from 'node:crypto';
import type { Insertable } from 'kysely';
import { requireVenue } from '../places/service.ts';
import { getPlaceRow } from '../places/store.ts';
import type { VenueType } from '../places/model.ts';
import { notFoundAudited, requirePermission } from '../platform/auth/access.ts';
import type { Actor, Scope } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { deriveKey } from '../platform/crypto.ts';
import type { Database } from '../platform/db/database.ts';
import type { VenueCodeTable } from '../platform/db/schema.ts';
import { BulwarkError, notFound } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { decodeCursor, toPage, type Page } from '../platform/pagination.ts';
import { ScanCache } from './cache.ts';
import { MAX_ACTIVE_CODES_PER_VENUE, type PublicVenue, type VenueCode, type VenueCodeImageFormat, type VenueCodeIssue, type VenueCodeRevoke } from './model.ts';
import { renderVenueCodePng, renderVenueCodeSvg, scanUrl } from './qr.ts';
import { countActiveVenueCodes, findScannedCode, getVenueCodeRow, insertVenueCode, revokeVenueCodeRow, searchVenueCodes, toVenueCode, type VenueCodeRow } from './store.ts';
import { signVenueToken, TOKEN_KEY_PURPOSE, verifyVenueToken } from './token.ts';

/** A scanned token is its own authority: once its signature holds, the code is looked up wherever it is. */
const EVERYWHERE: Scope = { kind: 'system' };
/** How many scanned codes each process remembers, and for how long an active one. */
const SCAN_CACHE_ENTRIES = 20_000;
const SCAN_CACHE_ACTIVE_MILLIS = 60_000;

/** The venue a valid, active code stands for. */
export interface ResolvedVenueCode {
  codeId: string;
  venueId: string;
  venueName: string;
  jurisdictionCode: string;
  countyCode: string | null;
  venueType: VenueType;
}

/** Why a scanned token names no venue; see resolveVenueToken. */
export interface VenueTokenProblem {
  problem: 'malformed' | 'bad-signature' | 'unknown' | 'revoked';
}

const tokenKeys = new WeakMap<Buffer, KeyObject>();
const scanCaches = new WeakMap<Database, ScanCache<ResolvedVenueCode>>();

/** The key that signs venue tokens, derived once per root secret for this purpose only. */
function tokenKeyOf(platform: Platform): KeyObject {
  let key = tokenKeys.get(platform.secretKey);
  if (!key) {
    key = deriveKey(platform.secretKey, TOKEN_KEY_PURPOSE);
    tokenKeys.set(platform.secretKey, key);
  }
  return key;
}

/** The scan cache of a database (not of a platform object, which tests and workers may copy). */
function scanCacheOf(platform: Platform): ScanCache<ResolvedVenueCode> {
  let cache = scanCaches.get(platform.database);
  if (!cache) {
    cache = new ScanCache(SCAN_CACHE_ENTRIES, SCAN_CACHE_ACTIVE_MILLIS, () => platform.clock.now().getTime());
    scanCaches.set(platform.database, cache);
  }
  return cache;
}

/**
 * What a scanned token stands for. Called by check-in ingestion for every scan, so the signature is
 * checked before anything is read, and active and revoked codes are remembered in memory (a revocation
 * in this process is seen at once, one in another process within a minute). The outcomes:
 * - the venue: the token is genuine and its code active;
 * - malformed: not a token of this form at all (wrong prefix, length or encoding, truncated);
 * - bad-signature: well formed but not signed with this platform's key: forged, altered, or from another installation;
 * - unknown: genuine, but its code is not stored here (a database restored from before it was issued);
 * - revoked: genuine, but its code was revoked, which is final: the poster must come down.
 */
export async function resolveVenueToken(platform: Platform, token: string): Promise<ResolvedVenueCode | VenueTokenProblem> {
  const claims = verifyVenueToken(tokenKeyOf(platform), token);
  if ('problem' in claims) return claims;
  const cache = scanCacheOf(platform);
  let known = cache.get(claims.codeId);
  if (known === undefined) {
    const row = await findScannedCode(platform.database.db, EVERYWHERE, claims.codeId);
    if (!row) return { problem: 'unknown' };
    if (row.revoked_at !== null) {
      cache.rememberRevoked(row.id);
      return { problem: 'revoked' };
    }
    known = {
      codeId: row.id,
      venueId: row.venue_id,
      venueName: row.venue_name,
      jurisdictionCode: row.jurisdiction_code,
      countyCode: row.county_code,
      venueType: row.venue_type as VenueType,
    };
    cache.rememberActive(row.id, known);
  }
  if (known === 'revoked') return { problem: 'revoked' };
  // The signature binds the code to its venue; a code stored under another venue is not this token's.
  if (known.venueId !== claims.venueId) return { problem: 'unknown' };
  return { ...known };
}

/**
 * The venue of a scanned code as the public sees it: its name and type only. Every failure is the same
 * 404, so that probing tells nothing about which codes exist or were revoked.
 */
export async function resolvePublicVenue(platform: Platform, token: string): Promise<PublicVenue> {
  const resolved = await resolveVenueToken(platform, token);
  if ('problem' in resolved) throw notFound('venue code');
  return { name: resolved.venueName, venueType: resolved.venueType };
}

/** A code within the actor's scope, or a 404 like a missing id (the attempt is audited). */
async function requireCode(platform: Platform, actor: Actor, operation: string, codeId: string): Promise<VenueCodeRow> {
  return (await getVenueCodeRow(platform.database.db, actor.scope, codeId)) ?? notFoundAudited(platform, actor, operation, 'venue code', codeId);
}

/** Issues a new printable code for a venue in the actor's subtree; a venue may have several (one per entrance). */
export async function issueVenueCode(platform: Platform, actor: Actor, venueId: string, input: VenueCodeIssue): Promise<VenueCode> {
  await requirePermission(platform, actor, 'venue-codes.manage', 'venue-codes.issue');
  const venue = await requireVenue(platform, actor, 'venue-codes.issue', venueId, 'codes are issued for venues only');
  const db = platform.database.db;
  if ((await countActiveVenueCodes(db, venue.id)) >= MAX_ACTIVE_CODES_PER_VENUE) {
    throw new BulwarkError('BULWARK_CONFLICT', `a venue may have at most ${MAX_ACTIVE_CODES_PER_VENUE} active codes; revoke one first`, [{ field: 'id', problem: 'has the most active codes a venue may have' }]);
  }
  const row: Insertable<VenueCodeTable> = {
    id: newId(),
    venue_id: venue.id,
    jurisdiction_code: venue.jurisdiction_code,
    county_code: venue.county_code,
    label: input.label ?? null,
    created_at: platform.clock.now().toISOString(),
    created_by: actor.username,
    revoked_at: null,
    revoked_by: null,
    revoked_reason: null,
  };
  await db.transaction().execute(async (trx) => {
    await insertVenueCode(trx, row);
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'venue-codes.issue', outcome: 'allowed', detail: { codeId: row.id, venueId: venue.id, label: row.label } });
  });
  return toVenueCode((await getVenueCodeRow(db, actor.scope, row.id))!);
}

/** A venue's codes, active and revoked, in the order they were issued. */
export async function listVenueCodes(platform: Platform, actor: Actor, venueId: string, query: { cursor?: string | undefined; limit: number }): Promise<Page<VenueCode>> {
  await requirePermission(platform, actor, 'venue-codes.read', 'venue-codes.list');
  const venue = await requireVenue(platform, actor, 'venue-codes.list', venueId, 'codes are issued for venues only');
  const rows = await searchVenueCodes(platform.database.db, actor.scope, { venueId: venue.id, afterId: decodeCursor(query.cursor), limit: query.limit });
  const page = toPage(rows, query.limit, (row) => row.id);
  return { items: page.items.map(toVenueCode), nextCursor: page.nextCursor };
}

/** Revokes a code for good, with the reason recorded; scans of it fail from then on. */
export async function revokeVenueCode(platform: Platform, actor: Actor, codeId: string, input: VenueCodeRevoke): Promise<VenueCode> {
  await requirePermission(platform, actor, 'venue-codes.manage', 'venue-codes.revoke');
  const code = await requireCode(platform, actor, 'venue-codes.revoke', codeId);
  const alreadyRevoked = () => new BulwarkError('BULWARK_CONFLICT', 'the code was revoked already; revoking is final', [{ field: 'id', problem: 'is revoked already' }]);
  if (code.revoked_at !== null) throw alreadyRevoked();
  const db = platform.database.db;
  await db.transaction().execute(async (trx) => {
    const revoked = await revokeVenueCodeRow(trx, code.id, { revoked_at: platform.clock.now().toISOString(), revoked_by: actor.username, revoked_reason: input.reason });
    if (!revoked) throw alreadyRevoked();
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'venue-codes.revoke', outcome: 'allowed', detail: { codeId: code.id, venueId: code.venue_id, reason: input.reason } });
  });
  scanCacheOf(platform).rememberRevoked(code.id);
  return toVenueCode((await getVenueCodeRow(db, actor.scope, code.id))!);
}

export interface VenueCodeImage {
  contentType: 'image/svg+xml' | 'image/png';
  fileName: string;
  body: string | Buffer;
}

/**
 * The printable image of an active code: the QR of `<origin>/scan#<token>`, the venue's name, the label
 * and the instruction. Printing is audited, as a printed code lets anyone check in at the venue.
 */
export async function renderVenueCodeImage(platform: Platform, actor: Actor, codeId: string, format: VenueCodeImageFormat, origin: string): Promise<VenueCodeImage> {
  await requirePermission(platform, actor, 'venue-codes.manage', 'venue-codes.print');
  const code = await requireCode(platform, actor, 'venue-codes.print', codeId);
  if (code.revoked_at !== null) throw new BulwarkError('BULWARK_CONFLICT', 'the code is revoked; issue a new one to print', [{ field: 'id', problem: 'is revoked' }]);
  const db = platform.database.db;
  const venue = (await getPlaceRow(db, actor.scope, code.venue_id)) ?? (await notFoundAudited(platform, actor, 'venue-codes.print', 'venue code', codeId));
  const token = signVenueToken(tokenKeyOf(platform), { codeId: code.id, venueId: code.venue_id });
  const svg = renderVenueCodeSvg({ url: scanUrl(origin, token), venueName: venue.name, label: code.label });
  await platform.audit.record(db, { actor, purpose: actor.purpose, operation: 'venue-codes.print', outcome: 'allowed', detail: { codeId: code.id, venueId: code.venue_id, format } });
  const fileName = `venue-code-${code.id}.${format}`;
  if (format === 'svg') return { contentType: 'image/svg+xml', fileName, body: svg };
  return { contentType: 'image/png', fileName, body: await renderVenueCodePng(svg) };
}
