import type { Platform } from '../platform/context.ts';
import { API_PREFIX, actorOf } from '../platform/http/server.ts';
import { problemResponses, type Api } from '../platform/http/types.ts';
import { pageQuerySchema } from '../platform/pagination.ts';
import { z } from '../platform/validation.ts';
import { caseIntervalReport } from './interval-report.ts';
import { caseCreateSchema, caseListQuerySchema, caseSchema, caseUpdateSchema, intervalQuerySchema, intervalReportSchema } from './model.ts';
import { createCase, getCase, listCases, updateCase } from './service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const casePageSchema = z.object({ items: z.array(caseSchema), nextCursor: z.string().nullable() }).meta({ id: 'CasePage' });

/** Case records and the four earlies' intervals. */
export function registerCaseRoutes(app: Api, platform: Platform): void {
  app.post(
    `${API_PREFIX}/cases`,
    {
      schema: {
        operationId: 'createCase',
        tags: ['cases'],
        summary: 'Report a case (a confirmed case or an asymptomatic infection) of a person within your scope',
        body: caseCreateSchema,
        response: { 201: caseSchema, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createCase(platform, actorOf(request), request.body)),
  );

  app.get(
    `${API_PREFIX}/cases`,
    {
      schema: {
        operationId: 'listCases',
        tags: ['cases'],
        summary: 'Cases within your scope, newest report first',
        querystring: pageQuerySchema.extend(caseListQuerySchema.shape),
        response: { 200: casePageSchema, ...problemResponses },
      },
    },
    async (request) => listCases(platform, actorOf(request), request.query),
  );

  app.get(
    `${API_PREFIX}/cases/intervals`,
    {
      schema: {
        operationId: 'getCaseIntervals',
        tags: ['cases'],
        summary: 'The four earlies’ intervals over the cases of a jurisdiction reported in a period: median, 90th percentile, mean, and the share reported in time',
        querystring: intervalQuerySchema,
        response: { 200: intervalReportSchema, ...problemResponses },
      },
    },
    async (request) => caseIntervalReport(platform, actorOf(request), request.query),
  );

  app.get(
    `${API_PREFIX}/cases/:id`,
    {
      schema: { operationId: 'getCase', tags: ['cases'], summary: 'One case, with its intervals and infectious window', params: idParams, response: { 200: caseSchema, ...problemResponses } },
    },
    async (request) => getCase(platform, actorOf(request), request.params.id),
  );

  app.patch(
    `${API_PREFIX}/cases/:id`,
    {
      schema: {
        operationId: 'updateCase',
        tags: ['cases'],
        summary: 'Change a case at the version you read: status, dates of the four earlies, symptoms, travel, places',
        params: idParams,
        body: caseUpdateSchema,
        response: { 200: caseSchema, ...problemResponses },
      },
    },
    async (request) => updateCase(platform, actorOf(request), request.params.id, request.body),
  );
}
