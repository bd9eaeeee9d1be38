/** The request header that makes a POST safe to send again (draft-ietf-httpapi-idempotency-key-header). */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * A fresh Idempotency-Key: 128 random bits in hex. getRandomValues rather than randomUUID, which browsers
 * offer only on https and localhost, while the platform may be served over plain http on a closed network.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
