import { uuidv7 } from 'uuidv7';

/** A new sortable identifier (UUIDv7, RFC 9562): time-ordered so that indexes stay append-friendly. */
export function newId(): string {
  return uuidv7();
}
