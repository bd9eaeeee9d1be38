import type { Platform } from '../platform/context.ts';
import { csvBody } from '../platform/http/csv-body.ts';
import { API_PREFIX, actorOf } from '../platform/http/server.ts';
import { problemResponses, type Api } from '../platform/http/types.ts';
import { importReportSchema } from '../platform/imports.ts';
import { pageQuerySchema } from '../platform/pagination.ts';
import { z } from '../platform/validation.ts';
import { jurisdictionCodeSchema, jurisdictionSchema, publicJurisdictionSchema } from './model.ts';
import { getAncestry, getJurisdiction, importJurisdictionsCsv, listJurisdictions, listPublicJurisdictions } from './service.ts';

const codeParams = z.object({ code: jurisdictionCodeSchema });

export function registerJurisdictionRoutes(app: Api, platform: Platform): void {
  app.get(
    `${API_PREFIX}/jurisdictions`,
    {
      schema: {
        operationId: 'listJurisdictions',
        tags: ['jurisdictions'],
        summary: 'Jurisdictions within your scope: children of one (parent), a subtree (under), or by name or code (q)',
        querystring: pageQuerySchema.extend({
          parent: jurisdictionCodeSchema.optional(),
          under: jurisdictionCodeSchema.optional(),
          q: z.string().trim().min(1).max(100).optional(),
          level: z.string().max(40).optional(),
        }),
        response: { 200: z.object({ items: z.array(jurisdictionSchema), nextCursor: z.string().nullable() }), ...problemResponses },
      },
    },
    async (request) => listJurisdictions(platform, actorOf(request), request.query),
  );

  app.get(
    `${API_PREFIX}/jurisdictions/:code`,
    { schema: { operationId: 'getJurisdiction', tags: ['jurisdictions'], summary: 'One jurisdiction', params: codeParams, response: { 200: jurisdictionSchema, ...problemResponses } } },
    async (request) => getJurisdiction(platform, actorOf(request), request.params.code),
  );

  app.get(
    `${API_PREFIX}/jurisdictions/:code/ancestors`,
    {
      schema: {
        operationId: 'getJurisdictionAncestry',
        tags: ['jurisdictions'],
        summary: 'The chain from the root down to this jurisdiction',
        params: codeParams,
        response: { 200: z.object({ items: z.array(jurisdictionSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await getAncestry(platform, actorOf(request), request.params.code) }),
  );

  app.post(
    `${API_PREFIX}/jurisdictions/imports`,
    {
      schema: {
        operationId: 'importJurisdictions',
        tags: ['jurisdictions'],
        summary: 'Import a hierarchy from CSV (text/csv): code,name,parent_code,level[,time_zone]',
        response: { 200: importReportSchema, ...problemResponses },
      },
    },
    async (request) => importJurisdictionsCsv(platform, actorOf(request), csvBody(request.body)),
  );

  app.get(
    `${API_PREFIX}/public/jurisdictions`,
    {
      config: { public: true },
      schema: {
        operationId: 'listPublicJurisdictions',
        tags: ['public'],
        summary: 'Administrative names, which are public: children of a parent, or by name or code (q); without either, the top level. At most 200, by code; no login',
        security: [],
        querystring: z.object({ parent: jurisdictionCodeSchema.optional(), q: z.string().trim().min(1).max(100).optional() }),
        response: { 200: z.object({ items: z.array(publicJurisdictionSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await listPublicJurisdictions(platform, request.query) }),
  );
}
