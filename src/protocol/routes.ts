import type { Platform } from '../platform/context.ts';
import { API_PREFIX, actorOf } from '../platform/http/server.ts';
import { problemResponses, type Api } from '../platform/http/types.ts';
import { pageQuerySchema } from '../platform/pagination.ts';
import { z } from '../platform/validation.ts';
import { jurisdictionCodeSchema } from '../jurisdictions/model.ts';
import {
  protocolAssignmentCreateSchema,
  protocolAssignmentListQuerySchema,
  protocolAssignmentSchema,
  protocolDocumentSchema,
  protocolInForceQuerySchema,
  protocolInForceSchema,
  protocolSummarySchema,
  publicProtocolsSchema,
} from './model.ts';
import { assignProtocol, getJurisdictionProtocol, getProtocol, listProtocolAssignments, listProtocols, listPublicProtocols } from './service.ts';

export function registerProtocolRoutes(app: Api, platform: Platform): void {
  app.get(
    `${API_PREFIX}/protocols`,
    {
      schema: {
        operationId: 'listProtocols',
        tags: ['protocols'],
        summary: 'The disease protocol documents Bulwark ships, oldest effective date first',
        response: { 200: z.object({ items: z.array(protocolSummarySchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await listProtocols(platform, actorOf(request)) }),
  );

  app.get(
    `${API_PREFIX}/protocols/:id`,
    {
      schema: {
        operationId: 'getProtocol',
        tags: ['protocols'],
        summary: 'One protocol document: every number a rule engine uses, each with its source',
        params: z.object({ id: z.string().max(80) }),
        response: { 200: protocolDocumentSchema, ...problemResponses },
      },
    },
    async (request) => getProtocol(platform, actorOf(request), request.params.id),
  );

  app.get(
    `${API_PREFIX}/jurisdictions/:code/protocol`,
    {
      schema: {
        operationId: 'getJurisdictionProtocol',
        tags: ['protocols'],
        summary: 'The protocol in force for a jurisdiction on a date (default today there), and what put it in force',
        params: z.object({ code: jurisdictionCodeSchema }),
        querystring: protocolInForceQuerySchema,
        response: { 200: protocolInForceSchema, ...problemResponses },
      },
    },
    async (request) => getJurisdictionProtocol(platform, actorOf(request), request.params.code, request.query.date),
  );

  app.post(
    `${API_PREFIX}/protocol-assignments`,
    {
      schema: {
        operationId: 'assignProtocol',
        tags: ['protocols'],
        summary: 'Put a protocol in force for a jurisdiction within your subtree from a date on (today or later); published on the public pages',
        body: protocolAssignmentCreateSchema,
        response: { 201: protocolAssignmentSchema, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await assignProtocol(platform, actorOf(request), request.body)),
  );

  app.get(
    `${API_PREFIX}/protocol-assignments`,
    {
      schema: {
        operationId: 'listProtocolAssignments',
        tags: ['protocols'],
        summary: 'Protocol assignments within your scope, newest first',
        querystring: pageQuerySchema.extend(protocolAssignmentListQuerySchema.shape),
        response: { 200: z.object({ items: z.array(protocolAssignmentSchema), nextCursor: z.string().nullable() }), ...problemResponses },
      },
    },
    async (request) => listProtocolAssignments(platform, actorOf(request), request.query),
  );

  app.get(
    `${API_PREFIX}/public/protocols`,
    {
      config: { public: true },
      schema: {
        operationId: 'getPublicProtocols',
        tags: ['public'],
        summary: 'Every protocol document and every assignment with its effective date, so that rule changes are public; no login',
        security: [],
        response: { 200: publicProtocolsSchema, ...problemResponses },
      },
    },
    async () => listPublicProtocols(platform),
  );
}
