import type { Readable } from 'node:stream';
import { BulwarkError } from '../errors.ts';

/** The streamed body of a text/csv request; anything else is refused with a clear message. */
export function csvBody(body: unknown): Readable {
  if (body && typeof (body as Readable).pipe === 'function') return body as Readable;
  throw new BulwarkError('BULWARK_UNSUPPORTED_MEDIA_TYPE', 'Send the file with Content-Type: text/csv');
}
