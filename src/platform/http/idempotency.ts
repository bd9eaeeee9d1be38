import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Platform } from '../context.ts';
import { BulwarkError, invalid } from '../errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey: string | null;
  }
}

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const IN_PROGRESS = 0;

function requestHash(request: FastifyRequest): string {
  return createHash('sha256').update(`${request.method} ${request.url}\n`).update(JSON.stringify(request.body ?? null)).digest('hex');
}

/**
 * Idempotency-Key (IETF draft-ietf-httpapi-idempotency-key-header): a POST or PATCH sent again with the
 * same key by the same account gets the first response replayed and has no second effect; the same key
 * with a different request is refused with 422; a retry while the first is still running gets 409.
 * Streamed bodies (CSV imports) are idempotent by their natural keys instead.
 */
export function registerIdempotency(app: FastifyInstance, platform: Platform): void {
  app.decorateRequest('idempotencyKey', null);
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (key === undefined || !request.actor?.accountId || !['POST', 'PATCH'].includes(request.method)) return;
    if (typeof key !== 'string' || key.length < 8 || key.length > 200) {
      throw invalid([{ field: `header ${IDEMPOTENCY_HEADER}`, problem: 'must be one value of 8 to 200 characters' }]);
    }
    if (request.body && typeof (request.body as { pipe?: unknown }).pipe === 'function') return;
    const accountId = request.actor.accountId;
    const hash = requestHash(request);
    const db = platform.database.db;
    const claimed = await db
      .insertInto('idempotency_keys')
      .values({ account_id: accountId, key, request_hash: hash, status: IN_PROGRESS, body: '', created_at: platform.clock.now().toISOString() })
      .onConflict((conflict) => conflict.columns(['account_id', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 1) {
      request.idempotencyKey = key;
      return;
    }
    const stored = await db.selectFrom('idempotency_keys').selectAll().where('account_id', '=', accountId).where('key', '=', key).executeTakeFirstOrThrow();
    if (stored.request_hash !== hash) throw new BulwarkError('BULWARK_IDEMPOTENCY_MISMATCH', 'This Idempotency-Key was used with a different request');
    if (stored.status === IN_PROGRESS) throw new BulwarkError('BULWARK_CONFLICT', 'A request with this Idempotency-Key is still being processed; retry shortly');
    const contentType = stored.status >= 400 ? 'application/problem+json' : 'application/json; charset=utf-8';
    return reply.code(stored.status).header('idempotent-replayed', 'true').type(contentType).send(platform.protector.decrypt(stored.body));
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.idempotencyKey || !request.actor?.accountId) return payload;
    const db = platform.database.db;
    const { accountId } = request.actor;
    const key = request.idempotencyKey;
    // A server failure frees the key so that the retry can run; any other answer is kept (encrypted, as
    // it may hold personal data) and replayed.
    if (reply.statusCode >= 500) {
      await db.deleteFrom('idempotency_keys').where('account_id', '=', accountId).where('key', '=', key).execute();
    } else {
      const body = platform.protector.encrypt(typeof payload === 'string' ? payload : String(payload ?? ''));
      await db.updateTable('idempotency_keys').set({ status: reply.statusCode, body }).where('account_id', '=', accountId).where('key', '=', key).execute();
    }
    return payload;
  });
}
