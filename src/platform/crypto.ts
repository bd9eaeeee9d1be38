import { createCipheriv, createDecipheriv, createHmac, createSecretKey, hkdfSync, randomFillSync, timingSafeEqual, type KeyObject } from 'node:crypto';

/**
 * Protection of personal identifiers at rest: AES-256-GCM for the value and an HMAC-SHA256 keyed hash
 * beside it, so that an exact lookup works without decrypting every row. Both keys are derived from the
 * one secret key with HKDF (RFC 5869), each for its own purpose.
 */
export interface FieldProtector {
  encrypt(plaintext: string): string;
  decrypt(ciphertext: string): string;
  /** A keyed hash of a normalized value; equal values give equal hashes, and nothing else can be learned. */
  hash(normalized: string): string;
  /** A keyed hash for secrets such as session tokens. */
  tokenHash(token: string): string;
}

const FORMAT = 'v1';
const IV_LENGTH = 12;
const IVS_PER_REFILL = 4096;

/**
 * Random 96-bit GCM nonces (NIST SP 800-38D, 8.2.2), drawn from the system generator in blocks: one call
 * per 4096 nonces instead of one per value, which bulk imports notice. A nonce is a view into the block,
 * valid until the next call: the cipher copies it when it starts.
 */
function createNonceSource(): () => Buffer {
  const pool = Buffer.alloc(IV_LENGTH * IVS_PER_REFILL);
  let offset = pool.length;
  return () => {
    if (offset === pool.length) {
      randomFillSync(pool);
      offset = 0;
    }
    const nonce = pool.subarray(offset, offset + IV_LENGTH);
    offset += IV_LENGTH;
    return nonce;
  };
}

/**
 * A 256-bit key for one purpose, derived from the root secret with HKDF-SHA256 (RFC 5869): keys of
 * different purposes are independent, so that one leaking or being misused says nothing of the others.
 */
export function deriveKey(secretKey: Buffer, purpose: string): KeyObject {
  // Key objects rather than buffers: each cipher and HMAC would otherwise import the raw key again.
  return createSecretKey(Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), purpose, 32)));
}

export function createFieldProtector(secretKey: Buffer): FieldProtector {
  const derive = (info: string) => deriveKey(secretKey, info);
  const encryptionKey = derive('bulwark field encryption');
  const hashKey = derive('bulwark field lookup hash');
  const tokenKey = derive('bulwark token hash');
  const nextNonce = createNonceSource();
  return {
    encrypt(plaintext) {
      const iv = nextNonce();
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const head = cipher.update(plaintext, 'utf8');
      const tail = cipher.final();
      const body = tail.length === 0 ? head : Buffer.concat([head, tail]);
      return `${FORMAT}:${iv.toString('base64')}:${body.toString('base64')}:${cipher.getAuthTag().toString('base64')}`;
    },
    decrypt(ciphertext) {
      const [format, iv, body, tag] = ciphertext.split(':');
      if (format !== FORMAT || !iv || body === undefined || !tag) throw new Error('unrecognised ciphertext format');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    },
    hash(normalized) {
      return createHmac('sha256', hashKey).update(normalized, 'utf8').digest('base64url');
    },
    tokenHash(token) {
      return createHmac('sha256', tokenKey).update(token, 'utf8').digest('base64url');
    },
  };
}

/** Constant-time comparison of two strings of any length. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
