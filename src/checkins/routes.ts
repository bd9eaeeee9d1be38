import type { Platform } from '../platform/context.ts';
import { API_PREFIX, actorOf, credentialRateLimits } from '../platform/http/server.ts';
import { problemResponses, type Api } from '../platform/http/types.ts';
import { pageQuerySchema } from '../platform/pagination.ts';
import { z } from '../platform/validation.ts';
import { handleFeverFlag, listFeverFlags } from './fever-flags.ts';
import { batchCreateSchema, batchResultSchema, checkinListQuerySchema, checkinSchema, feverFlagHandleSchema, feverFlagListQuerySchema, feverFlagSchema, scanCreateSchema, scanResultSchema } from './model.ts';
import { listCheckins, listMyCheckins } from './reads.ts';
import { ingestBatch, scanCheckin } from './service.ts';

const checkinPageSchema = z.object({ items: z.array(checkinSchema), nextCursor: z.string().nullable() }).meta({ id: 'CheckinPage' });
const feverFlagPageSchema = z.object({ items: z.array(feverFlagSchema), nextCursor: z.string().nullable() }).meta({ id: 'FeverFlagPage' });

export function registerCheckinRoutes(app: Api, platform: Platform, limits: { perCredential: number; perAddress: number }): void {
  app.post(
    `${API_PREFIX}/checkins`,
    {
      ...credentialRateLimits(app, platform, limits),
      schema: {
        operationId: 'scanCheckin',
        tags: ['checkins'],
        summary: 'Check in at a venue by its scanned code, as yourself; a repeat answers 200 with the same check-in, and one bringing an exit fills it in',
        body: scanCreateSchema,
        response: { 200: scanResultSchema, 201: scanResultSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { created, result } = await scanCheckin(platform, actorOf(request), request.body);
      return reply.code(created ? 201 : 200).send(result);
    },
  );

  app.post(
    `${API_PREFIX}/checkins/batches`,
    {
      ...credentialRateLimits(app, platform, limits),
      schema: {
        operationId: 'ingestCheckinBatch',
        tags: ['checkins'],
        summary: 'Check-ins from a venue’s device (up to 5,000): one result per item, in order; good items are kept, bad ones named by field',
        body: batchCreateSchema,
        response: { 200: batchResultSchema, ...problemResponses },
      },
    },
    async (request) => ingestBatch(platform, actorOf(request), request.body),
  );

  app.get(
    `${API_PREFIX}/me/checkins`,
    {
      schema: {
        operationId: 'listMyCheckins',
        tags: ['checkins'],
        summary: 'Your own check-ins, newest first',
        querystring: pageQuerySchema,
        response: { 200: checkinPageSchema, ...problemResponses },
      },
    },
    async (request) => listMyCheckins(platform, actorOf(request), request.query),
  );

  app.get(
    `${API_PREFIX}/checkins`,
    {
      schema: {
        operationId: 'listCheckins',
        tags: ['checkins'],
        summary: 'Check-ins of a venue, a person, or a person at a venue, within your scope, newest first',
        querystring: pageQuerySchema.extend(checkinListQuerySchema.shape),
        response: { 200: checkinPageSchema, ...problemResponses },
      },
    },
    async (request) => listCheckins(platform, actorOf(request), request.query),
  );

  app.get(
    `${API_PREFIX}/fever-flags`,
    {
      schema: {
        operationId: 'listFeverFlags',
        tags: ['checkins'],
        summary: 'Fever flags raised at venues within your scope, newest first',
        querystring: pageQuerySchema.extend(feverFlagListQuerySchema.shape),
        response: { 200: feverFlagPageSchema, ...problemResponses },
      },
    },
    async (request) => listFeverFlags(platform, actorOf(request), request.query),
  );

  app.post(
    `${API_PREFIX}/fever-flags/:id/handle`,
    {
      schema: {
        operationId: 'handleFeverFlag',
        tags: ['checkins'],
        summary: 'Record that a fever flag was followed up, and how',
        params: z.object({ id: z.string().min(1).max(64) }),
        body: feverFlagHandleSchema,
        response: { 200: feverFlagSchema, ...problemResponses },
      },
    },
    async (request) => handleFeverFlag(platform, actorOf(request), request.params.id, request.body),
  );
}
