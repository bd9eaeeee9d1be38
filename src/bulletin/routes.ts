import type { Platform } from '../platform/context.ts';
import { API_PREFIX, actorOf } from '../platform/http/server.ts';
import { problemResponses, type Api } from '../platform/http/types.ts';
import { pageQuerySchema } from '../platform/pagination.ts';
import { z } from '../platform/validation.ts';
import { jurisdictionCodeSchema } from '../jurisdictions/model.ts';
import { bulletinCreateSchema, bulletinListQuerySchema, bulletinSchema, openDataBulletinSchema, publicBulletinSchema } from './model.ts';
import { formatOpenDataCsv } from './figures.ts';
import { getPublicBulletin, listBulletins, listOpenDataBulletins, publishBulletin } from './service.ts';

export function registerBulletinRoutes(app: Api, platform: Platform): void {
  app.post(
    `${API_PREFIX}/bulletins`,
    {
      schema: {
        operationId: 'publishBulletin',
        tags: ['bulletins'],
        summary: 'Publish a day’s figures for a province, city or county; a second publication for the same day is a correction that supersedes the first',
        body: bulletinCreateSchema,
        response: { 201: bulletinSchema, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await publishBulletin(platform, actorOf(request), request.body)),
  );

  app.get(
    `${API_PREFIX}/bulletins`,
    {
      schema: {
        operationId: 'listBulletins',
        tags: ['bulletins'],
        summary: 'Published bulletins within your scope, every version, newest publication first',
        querystring: pageQuerySchema.extend(bulletinListQuerySchema.shape),
        response: { 200: z.object({ items: z.array(bulletinSchema), nextCursor: z.string().nullable() }), ...problemResponses },
      },
    },
    async (request) => listBulletins(platform, actorOf(request), request.query),
  );

  app.get(
    `${API_PREFIX}/public/bulletin`,
    {
      config: { public: true },
      schema: {
        operationId: 'getPublicBulletin',
        tags: ['public'],
        summary: 'The published figures of a jurisdiction (default: the one that published last), its recent days and totals; no login',
        security: [],
        querystring: z.object({ jurisdiction: jurisdictionCodeSchema.optional() }),
        response: { 200: publicBulletinSchema, ...problemResponses },
      },
    },
    async (request) => getPublicBulletin(platform, request.query.jurisdiction),
  );

  app.get(
    `${API_PREFIX}/public/open-data/bulletins`,
    {
      config: { public: true },
      schema: {
        operationId: 'getOpenDataBulletins',
        tags: ['public'],
        summary: 'Open data: the latest version of every published bulletin, as CSV or JSON; no login',
        security: [],
        querystring: z.object({ format: z.enum(['csv', 'json']).default('csv') }),
        response: {
          200: {
            description: 'Every latest version per jurisdiction and date, as an attachment',
            content: { 'text/csv': { schema: z.string() }, 'application/json': { schema: z.object({ items: z.array(openDataBulletinSchema) }) } },
          },
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const items = await listOpenDataBulletins(platform);
      reply.header('content-disposition', `attachment; filename="bulletins.${request.query.format}"`);
      if (request.query.format === 'json') return { items };
      return reply.type('text/csv; charset=utf-8').send(formatOpenDataCsv(items));
    },
  );
}
