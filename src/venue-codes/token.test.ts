import { createSecretKey, randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { deriveKey } from '../platform/crypto.ts';
import { newId } from '../platform/ids.ts';
import { signVenueToken, TOKEN_KEY_PURPOSE, TOKEN_LENGTH, verifyVenueToken } from './token.ts';

const root = randomBytes(32);
const key = deriveKey(root, TOKEN_KEY_PURPOSE);
const claims = { codeId: newId(), venueId: newId() };
const token = signVenueToken(key, claims);
const [prefix, payload, signature] = token.split('.') as [string, string, string];

/** The same text with one character replaced by a different base64url character that keeps the spelling canonical. */
function changedAt(text: string, index: number): string {
  const replacement = text[index] === 'A' ? 'B' : 'A';
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

describe('venue code tokens', () => {
  test('a signed token has the bv1 form and verifies to the code and venue it names', () => {
    expect(token).toMatch(/^bv1\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
    expect(token).toHaveLength(TOKEN_LENGTH);
    expect(verifyVenueToken(key, token)).toEqual(claims);
    // Deterministic: printing the same code again gives the same token.
    expect(signVenueToken(key, claims)).toBe(token);
  });

  test('a changed payload is refused as a bad signature, even one taken whole from another valid token', () => {
    expect(verifyVenueToken(key, `${prefix}.${changedAt(payload, 0)}.${signature}`)).toEqual({ problem: 'bad-signature' });
    expect(verifyVenueToken(key, `${prefix}.${changedAt(payload, 20)}.${signature}`)).toEqual({ problem: 'bad-signature' });
    const other = signVenueToken(key, { codeId: newId(), venueId: claims.venueId }).split('.')[1]!;
    expect(verifyVenueToken(key, `${prefix}.${other}.${signature}`)).toEqual({ problem: 'bad-signature' });
  });

  test('a changed signature is refused', () => {
    expect(verifyVenueToken(key, `${prefix}.${payload}.${changedAt(signature, 0)}`)).toEqual({ problem: 'bad-signature' });
    expect(verifyVenueToken(key, `${prefix}.${payload}.${changedAt(signature, 30)}`)).toEqual({ problem: 'bad-signature' });
  });

  test('a token signed under another key, the raw root secret or a key of another purpose is refused', () => {
    expect(verifyVenueToken(deriveKey(randomBytes(32), TOKEN_KEY_PURPOSE), token)).toEqual({ problem: 'bad-signature' });
    expect(verifyVenueToken(key, signVenueToken(createSecretKey(root), claims))).toEqual({ problem: 'bad-signature' });
    expect(verifyVenueToken(deriveKey(root, 'bulwark token hash'), token)).toEqual({ problem: 'bad-signature' });
    expect(verifyVenueToken(key, signVenueToken(deriveKey(root, 'another purpose'), claims))).toEqual({ problem: 'bad-signature' });
  });

  test('a wrong or missing prefix is malformed', () => {
    for (const wrong of ['bv2', 'BV1', 'bv0']) expect(verifyVenueToken(key, `${wrong}.${payload}.${signature}`)).toEqual({ problem: 'malformed' });
    expect(verifyVenueToken(key, `bv1_${payload}.${signature}`)).toEqual({ problem: 'malformed' });
  });

  test('truncated, padded, extended or re-spelled tokens are malformed', () => {
    for (const length of [0, 1, 4, 48, TOKEN_LENGTH - 1]) expect(verifyVenueToken(key, token.slice(0, length))).toEqual({ problem: 'malformed' });
    expect(verifyVenueToken(key, `${token}A`)).toEqual({ problem: 'malformed' });
    expect(verifyVenueToken(key, `${token}=`)).toEqual({ problem: 'malformed' });
    // Standard base64 characters, a dot moved into the payload, and an extra part of the right total length.
    expect(verifyVenueToken(key, `${prefix}.${payload.slice(0, -1)}+.${signature}`)).toEqual({ problem: 'malformed' });
    expect(verifyVenueToken(key, `${prefix}.${payload.slice(0, 10)}.${payload.slice(11)}.${signature}`)).toEqual({ problem: 'malformed' });
    // The last character of a 32-byte part carries spare bits: setting one is another spelling of the same bytes.
    const last = signature.at(-1)!;
    const respelled = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('').find((character) => character !== last && Buffer.from(signature.slice(0, -1) + character, 'base64url').equals(Buffer.from(signature, 'base64url')));
    expect(respelled).toBeDefined();
    expect(verifyVenueToken(key, `${prefix}.${payload}.${signature.slice(0, -1)}${respelled}`)).toEqual({ problem: 'malformed' });
  });

  test('only UUIDs can be signed', () => {
    expect(() => signVenueToken(key, { codeId: 'place-1', venueId: claims.venueId })).toThrow();
  });
});
