import { expect } from 'vitest';
import { deriveKey } from '../src/platform/crypto.ts';
import { newId } from '../src/platform/ids.ts';
import { signVenueToken, TOKEN_KEY_PURPOSE } from '../src/venue-codes/token.ts';
import type { Fixture } from './fixture.ts';

/**
 * A venue with a printed code, as a scanner reads it: the code is issued through the API, and its token
 * signed as the printed QR carries it (the API hands out images, not tokens).
 */
export async function venueWithCode(fixture: Fixture, token: string, name: string, jurisdictionCode: string): Promise<{ venueId: string; codeId: string; venueToken: string }> {
  const venue = await fixture.request(token, 'POST', '/api/v1/places', { kind: 'venue', venueType: 'supermarket', name, jurisdictionCode });
  expect(venue.statusCode, venue.body).toBe(201);
  const code = await fixture.request(token, 'POST', `/api/v1/places/${venue.json().id}/codes`, { label: '正门' });
  expect(code.statusCode, code.body).toBe(201);
  return { venueId: venue.json().id, codeId: code.json().id, venueToken: signedToken(fixture, code.json().id, venue.json().id) };
}

/** The token of a code, signed with the platform's key. */
export function signedToken(fixture: Fixture, codeId: string, venueId: string): string {
  return signVenueToken(deriveKey(fixture.platform.secretKey, TOKEN_KEY_PURPOSE), { codeId, venueId });
}

/** A genuine token of a code that was never issued: what a venue that does not exist looks like. */
export function unknownVenueToken(fixture: Fixture, venueId: string): string {
  return signedToken(fixture, newId(), venueId);
}

/** An instant some minutes before the fixture's clock, as the API takes it. */
export function minutesAgo(fixture: Fixture, minutes: number): string {
  return new Date(fixture.clock.now().getTime() - minutes * 60_000).toISOString();
}
