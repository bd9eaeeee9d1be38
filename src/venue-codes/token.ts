import { createHmac, timingSafeEqual, type KeyObject } from 'node:crypto';

/**
 * The token a printed venue code carries: `bv1.<payload>.<signature>`, both parts unpadded base64url.
 * The payload is the code's id then the venue's id, 16 bytes each (UUIDs as bytes, to keep the QR small);
 * the signature is HMAC-SHA256 over `bv1.<payload>` under a key used for nothing else. A token is never
 * a bare id: without the key nobody can make one for another code, and a revoked code stays refused
 * because the database, not the token, says which codes are active.
 */
export const TOKEN_PREFIX = 'bv1';
/** The HKDF purpose of the signing key (see deriveKey in src/platform/crypto.ts). */
export const TOKEN_KEY_PURPOSE = 'bulwark venue code token';

const ID_BYTES = 16;
const PAYLOAD_BYTES = 2 * ID_BYTES;
const SIGNATURE_BYTES = 32;
const encodedLength = (bytes: number) => Math.ceil((bytes * 4) / 3);
/** Every well-formed token has exactly this length, so that anything else is refused before any hashing. */
export const TOKEN_LENGTH = TOKEN_PREFIX.length + 1 + encodedLength(PAYLOAD_BYTES) + 1 + encodedLength(SIGNATURE_BYTES);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export interface VenueTokenClaims {
  codeId: string;
  venueId: string;
}

export type VerifiedVenueToken = VenueTokenClaims | { problem: 'malformed' | 'bad-signature' };

function idBytes(id: string): Buffer {
  const lower = id.toLowerCase();
  if (!UUID.test(lower)) throw new Error('a venue code token names UUIDs only');
  return Buffer.from(lower.replaceAll('-', ''), 'hex');
}

function idText(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function signatureOf(key: KeyObject, signedPart: string): Buffer {
  return createHmac('sha256', key).update(signedPart, 'ascii').digest();
}

/** Decodes unpadded base64url of an exact size, refusing any other spelling of the same bytes. */
function decodeExact(text: string, bytes: number): Buffer | undefined {
  if (text.length !== encodedLength(bytes) || !BASE64URL.test(text)) return undefined;
  const decoded = Buffer.from(text, 'base64url');
  // The last character carries spare bits; a token with them set would be a second spelling of the same one.
  return decoded.length === bytes && decoded.toString('base64url') === text ? decoded : undefined;
}

/** The signed token for a venue code. */
export function signVenueToken(key: KeyObject, claims: VenueTokenClaims): string {
  const payload = Buffer.concat([idBytes(claims.codeId), idBytes(claims.venueId)]).toString('base64url');
  const signedPart = `${TOKEN_PREFIX}.${payload}`;
  return `${signedPart}.${signatureOf(key, signedPart).toString('base64url')}`;
}

/**
 * The code and venue a token names, if it is well formed and its signature is this key's (compared in
 * constant time); otherwise why not. Pure: no database, so that forged tokens cost nothing but a hash.
 */
export function verifyVenueToken(key: KeyObject, token: string): VerifiedVenueToken {
  if (typeof token !== 'string' || token.length !== TOKEN_LENGTH) return { problem: 'malformed' };
  const [prefix, payloadText, signatureText, ...rest] = token.split('.');
  if (prefix !== TOKEN_PREFIX || payloadText === undefined || signatureText === undefined || rest.length > 0) return { problem: 'malformed' };
  const payload = decodeExact(payloadText, PAYLOAD_BYTES);
  const signature = decodeExact(signatureText, SIGNATURE_BYTES);
  if (!payload || !signature) return { problem: 'malformed' };
  if (!timingSafeEqual(signature, signatureOf(key, `${prefix}.${payloadText}`))) return { problem: 'bad-signature' };
  return { codeId: idText(payload.subarray(0, ID_BYTES)), venueId: idText(payload.subarray(ID_BYTES)) };
}
