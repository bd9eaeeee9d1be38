import type { FastifyRequest } from 'fastify';

/** Whether the request asks to be answered before the work is done: `Prefer: respond-async` (RFC 7240, section 4.1). */
export function prefersAsync(request: FastifyRequest): boolean {
  const header = request.headers.prefer;
  const values = Array.isArray(header) ? header : [header ?? ''];
  // Preferences are comma-separated, each optionally followed by parameters after ';'.
  return values.some((value) => value.split(',').some((preference) => preference.split(';')[0]!.trim().toLowerCase() === 'respond-async'));
}
