import { randomFillSync } from 'node:crypto';

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const POOL_SIZE = 16 * 1024;
const pool = Buffer.alloc(POOL_SIZE);
let poolOffset = POOL_SIZE;
let lastMillisecond = -1;
let sequence = 0;

function randomByte(): number {
  if (poolOffset === POOL_SIZE) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  return pool[poolOffset++]!;
}

/**
 * A new sortable identifier: UUIDv7 (RFC 9562, section 5.7) with a 48-bit millisecond timestamp, a 12-bit
 * counter that keeps ids made in the same millisecond in order (section 6.2, method 1), and 62 random bits
 * drawn from a pooled system generator. Time-ordered ids keep indexes append-friendly.
 */
export function newId(): string {
  let now = Date.now();
  if (now <= lastMillisecond) {
    sequence++;
    if (sequence > 0xfff) {
      // Counter exhausted within one millisecond: borrow the next one, as the RFC allows.
      lastMillisecond++;
      sequence = 0;
    }
    now = lastMillisecond;
  } else {
    lastMillisecond = now;
    sequence = randomByte() & 0x3f;
  }
  const high = Math.floor(now / 0x10000);
  const low = now % 0x10000;
  const time = HEX[(high >>> 24) & 0xff]! + HEX[(high >>> 16) & 0xff]! + HEX[(high >>> 8) & 0xff]! + HEX[high & 0xff]! + '-' + HEX[low >>> 8]! + HEX[low & 0xff]!;
  const versionAndCounter = HEX[0x70 | (sequence >>> 8)]! + HEX[sequence & 0xff]!;
  const variant = HEX[0x80 | (randomByte() & 0x3f)]! + HEX[randomByte()]!;
  let tail = '';
  for (let index = 0; index < 6; index++) tail += HEX[randomByte()]!;
  return `${time}-${versionAndCounter}-${variant}-${tail}`;
}
