import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 32;
const MAX_MEMORY = 256 * 1024 * 1024;

/** Hashes and checks passwords. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
  /** Spends the time a verify would, for unknown usernames, so that timing does not reveal them. */
  decoy(password: string): Promise<void>;
}

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/**
 * scrypt with a self-describing format (scrypt$N$r$p$salt$key), so that the cost can rise later and old
 * hashes still verify. Default cost from the OWASP Password Storage Cheat Sheet: N=2^17, r=8, p=1.
 */
export function createPasswordHasher(costExponent = 17): PasswordHasher {
  const options = { N: 2 ** costExponent, r: 8, p: 1, maxmem: MAX_MEMORY };
  const hash = async (password: string) => {
    const salt = randomBytes(16);
    const key = await scrypt(password, salt, options);
    return ['scrypt', options.N, options.r, options.p, salt.toString('base64'), key.toString('base64')].join('$');
  };
  let decoyHash: Promise<string> | undefined;
  const verify = async (password: string, stored: string) => {
    const [scheme, n, r, p, salt, key] = stored.split('$');
    if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
    const expected = Buffer.from(key, 'base64');
    const actual = await scrypt(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p), maxmem: MAX_MEMORY });
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  };
  return {
    hash,
    verify,
    async decoy(password) {
      decoyHash ??= hash(randomBytes(16).toString('hex'));
      await verify(password, await decoyHash);
    },
  };
}

/** Password rules: long enough to resist guessing (NIST SP 800-63B asks at least 8; we ask 10). */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return 'must be at least 10 characters';
  if (password.length > 200) return 'must be at most 200 characters';
  return null;
}
