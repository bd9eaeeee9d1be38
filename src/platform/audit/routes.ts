import type { Platform } from '../context.ts';
import { API_PREFIX, actorOf } from '../http/server.ts';
import { problemResponses, type Api } from '../http/types.ts';
import { pageQuerySchema } from '../pagination.ts';
import { z } from '../validation.ts';
import { auditRecordSchema, outcomes } from './model.ts';
import { searchAudit } from './service.ts';

const auditQuerySchema = pageQuerySchema.extend({
  actor: z.string().max(64).optional(),
  person: z.string().max(64).optional(),
  operation: z.string().max(64).optional(),
  outcome: z.enum(outcomes).optional(),
  from: z.iso.datetime({ message: 'must be an ISO 8601 instant' }).optional(),
  to: z.iso.datetime({ message: 'must be an ISO 8601 instant' }).optional(),
});

export function registerAuditRoutes(app: Api, platform: Platform): void {
  app.get(
    `${API_PREFIX}/audit`,
    {
      schema: {
        operationId: 'searchAudit',
        tags: ['audit'],
        summary: 'Search the audit log: who read or changed what, when, why, and about whom',
        querystring: auditQuerySchema,
        response: { 200: z.object({ items: z.array(auditRecordSchema), nextCursor: z.string().nullable() }), ...problemResponses },
      },
    },
    async (request) => {
      const { actor, person, operation, outcome, from, to, cursor, limit } = request.query;
      return searchAudit(platform, actorOf(request), { actorAccountId: actor, personId: person, operation, outcome, from, to, cursor, limit });
    },
  );
}
