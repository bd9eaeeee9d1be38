import type { Platform } from '../platform/context.ts';
import { API_PREFIX, actorOf } from '../platform/http/server.ts';
import { problemResponses, type Api } from '../platform/http/types.ts';
import { pageQuerySchema } from '../platform/pagination.ts';
import { z } from '../platform/validation.ts';
import { createLink, findPossibleSources, getCaseCluster, listClusters } from './links.ts';
import { listManagedPersons } from './managed.ts';
import {
  candidateListQuerySchema,
  candidateSchema,
  clusterListQuerySchema,
  clusterSchema,
  confirmResultSchema,
  decisionSchema,
  linkCreateSchema,
  linkSchema,
  managedListQuerySchema,
  managedPersonSchema,
  traceResultSchema,
} from './model.ts';
import { confirmCandidate, dismissCandidate, listCandidates, MOST_CASES_TRACED_TOGETHER, traceCase, traceCases } from './service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const traceCasesSchema = z.strictObject({
  caseIds: z
    .array(z.string().min(1).max(64))
    .min(1, 'must name at least one case')
    .max(MOST_CASES_TRACED_TOGETHER, `must name at most ${MOST_CASES_TRACED_TOGETHER} cases`)
    .describe('The cases to trace, in the order of the results'),
});
const candidatePageSchema = z.object({ items: z.array(candidateSchema), nextCursor: z.string().nullable() }).meta({ id: 'ContactCandidatePage' });
const managedPageSchema = z.object({ items: z.array(managedPersonSchema), nextCursor: z.string().nullable() }).meta({ id: 'ManagedPersonPage' });

/** Contact tracing: candidates of a case and decisions on them, managed persons, and chains of transmission. */
export function registerTracingRoutes(app: Api, platform: Platform): void {
  app.post(
    `${API_PREFIX}/cases/:id/trace`,
    {
      schema: {
        operationId: 'traceCase',
        tags: ['tracing'],
        summary: 'Compute the case’s candidate contacts from the records as they stand (household, venues, class or team, secondary contacts where the protocol traces them); decided candidates stay as decided',
        params: idParams,
        response: { 200: traceResultSchema, ...problemResponses },
      },
    },
    async (request) => traceCase(platform, actorOf(request), request.params.id),
  );

  app.post(
    `${API_PREFIX}/cases/trace`,
    {
      schema: {
        operationId: 'traceCases',
        tags: ['tracing'],
        summary: 'Trace cases reported together (a day’s new cases), as each alone: they share the reads of the places they visited. Every case must be in scope before any is traced',
        body: traceCasesSchema,
        response: { 200: z.object({ results: z.array(traceResultSchema) }).meta({ id: 'TraceResults' }), ...problemResponses },
      },
    },
    async (request) => ({ results: await traceCases(platform, actorOf(request), request.body.caseIds) }),
  );

  app.get(
    `${API_PREFIX}/cases/:id/contacts`,
    {
      schema: {
        operationId: 'listCaseContacts',
        tags: ['tracing'],
        summary: 'The case’s candidate contacts with their evidence, highest score first',
        params: idParams,
        querystring: pageQuerySchema.extend(candidateListQuerySchema.shape),
        response: { 200: candidatePageSchema, ...problemResponses },
      },
    },
    async (request) => listCandidates(platform, actorOf(request), request.params.id, request.query),
  );

  app.post(
    `${API_PREFIX}/contacts/:id/confirm`,
    {
      schema: {
        operationId: 'confirmContact',
        tags: ['tracing'],
        summary: 'Confirm a candidate as a close (or secondary) contact: they become a managed person under the protocol’s measure, ending by rule',
        params: idParams,
        body: decisionSchema,
        response: { 200: confirmResultSchema, ...problemResponses },
      },
    },
    async (request) => confirmCandidate(platform, actorOf(request), request.params.id, request.body),
  );

  app.post(
    `${API_PREFIX}/contacts/:id/dismiss`,
    {
      schema: { operationId: 'dismissContact', tags: ['tracing'], summary: 'Dismiss a candidate, with the reason', params: idParams, body: decisionSchema, response: { 200: candidateSchema, ...problemResponses } },
    },
    async (request) => dismissCandidate(platform, actorOf(request), request.params.id, request.body),
  );

  app.get(
    `${API_PREFIX}/managed-persons`,
    {
      schema: {
        operationId: 'listManagedPersons',
        tags: ['tracing'],
        summary: 'Persons under a measure where they live, within your scope, with the measure’s stages and end date',
        querystring: pageQuerySchema.extend(managedListQuerySchema.shape),
        response: { 200: managedPageSchema, ...problemResponses },
      },
    },
    async (request) => listManagedPersons(platform, actorOf(request), request.query),
  );

  app.post(
    `${API_PREFIX}/transmission-links`,
    {
      schema: {
        operationId: 'linkCases',
        tags: ['tracing'],
        summary: 'Record that one case likely infected another; the exposure found by tracing becomes the link’s evidence',
        body: linkCreateSchema,
        response: { 201: linkSchema, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createLink(platform, actorOf(request), request.body)),
  );

  app.get(
    `${API_PREFIX}/clusters`,
    {
      schema: {
        operationId: 'listClusters',
        tags: ['tracing'],
        summary: 'Clusters of linked cases within your scope, largest first, each with its chains',
        querystring: clusterListQuerySchema,
        response: { 200: z.object({ items: z.array(clusterSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await listClusters(platform, actorOf(request), request.query) }),
  );

  app.get(
    `${API_PREFIX}/cases/:id/cluster`,
    {
      schema: { operationId: 'getCaseCluster', tags: ['tracing'], summary: 'The cluster and chains a case belongs to', params: idParams, response: { 200: clusterSchema, ...problemResponses } },
    },
    async (request) => getCaseCluster(platform, actorOf(request), request.params.id),
  );

  app.get(
    `${API_PREFIX}/cases/:id/possible-sources`,
    {
      schema: {
        operationId: 'listPossibleSources',
        tags: ['tracing'],
        summary: 'Other cases whose tracing named this case’s person: where the infection may have come from',
        params: idParams,
        response: { 200: z.object({ items: z.array(candidateSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await findPossibleSources(platform, actorOf(request), request.params.id) }),
  );
}
