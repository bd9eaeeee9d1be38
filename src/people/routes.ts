import type { Platform } from '../platform/context.ts';
import { csvBody } from '../platform/http/csv-body.ts';
import { prefersAsync } from '../platform/http/prefer.ts';
import { API_PREFIX, actorOf } from '../platform/http/server.ts';
import { problemResponses, type Api } from '../platform/http/types.ts';
import { importReportSchema } from '../platform/imports.ts';
import { jobSchema } from '../platform/jobs/model.ts';
import { startImportJob } from '../platform/jobs/service.ts';
import { pageQuerySchema } from '../platform/pagination.ts';
import { z } from '../platform/validation.ts';
import { jurisdictionCodeSchema } from '../jurisdictions/model.ts';
import { importPeopleCsv } from './import.ts';
import { lookupSchema, peopleSorts, personCreateSchema, personSchema, personUpdateSchema, priorityGroups, revealSchema, sexes } from './model.ts';
import { countPeopleIn, createPerson, exportPeople, getPerson, listPeople, lookupPerson, movePerson, revealPerson, updatePerson } from './service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const filterSchema = z.object({
  jurisdiction: jurisdictionCodeSchema.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  household: z.string().max(64).optional(),
  sex: z.enum(sexes).optional(),
  priorityGroup: z.enum(priorityGroups).optional().describe('aged_60_plus and infant include those the birth date implies'),
});
const sortSchema = z.object({ sort: z.enum(peopleSorts).optional().describe('A leading - sorts descending; ties by id; default: id order') });
const pageSchema = z.object({ items: z.array(personSchema), nextCursor: z.string().nullable() }).meta({ id: 'PersonPage' });

export function registerPeopleRoutes(app: Api, platform: Platform): void {
  app.get(
    `${API_PREFIX}/people`,
    { schema: { operationId: 'listPeople', tags: ['people'], summary: 'People within your scope; search by name (q), jurisdiction subtree or household', querystring: pageQuerySchema.extend(filterSchema.shape).extend(sortSchema.shape), response: { 200: pageSchema, ...problemResponses } } },
    async (request) => listPeople(platform, actorOf(request), request.query),
  );

  app.get(
    `${API_PREFIX}/people/count`,
    { schema: { operationId: 'countPeople', tags: ['people'], summary: 'How many people match, within your scope', querystring: filterSchema, response: { 200: z.object({ count: z.number().int() }), ...problemResponses } } },
    async (request) => ({ count: await countPeopleIn(platform, actorOf(request), request.query) }),
  );

  app.get(
    `${API_PREFIX}/people/export`,
    { schema: { operationId: 'exportPeople', tags: ['people'], summary: 'Every matching person within your scope, masked as your role requires', querystring: filterSchema, response: { 200: z.object({ items: z.array(personSchema) }), ...problemResponses } } },
    async (request, reply) => {
      const items = await exportPeople(platform, actorOf(request), request.query);
      reply.header('content-disposition', 'attachment; filename="people.json"');
      return { items };
    },
  );

  app.post(
    `${API_PREFIX}/people`,
    { schema: { operationId: 'createPerson', tags: ['people'], summary: 'Register a person', body: personCreateSchema, response: { 201: personSchema, ...problemResponses } } },
    async (request, reply) => reply.code(201).send(await createPerson(platform, actorOf(request), request.body)),
  );

  app.post(
    `${API_PREFIX}/people/lookup`,
    { schema: { operationId: 'lookupPerson', tags: ['people'], summary: 'Find a person by identity document or phone (sent in the body, never in a URL)', body: lookupSchema, response: { 200: z.object({ items: z.array(personSchema) }), ...problemResponses } } },
    async (request) => ({ items: await lookupPerson(platform, actorOf(request), request.body) }),
  );

  app.post(
    `${API_PREFIX}/people/imports`,
    {
      schema: {
        operationId: 'importPeople',
        tags: ['people'],
        summary: 'Import people from CSV (text/csv); bad rows are reported, good rows kept, re-runs add nothing twice. With Prefer: respond-async, 202 and a job to follow',
        response: { 200: importReportSchema, 202: jobSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = csvBody(request.body);
      if (!prefersAsync(request)) return importPeopleCsv(platform, actor, body);
      const job = await startImportJob(platform, actor, 'people.import', body, request.log, (input, onProgress) => importPeopleCsv(platform, actor, input, onProgress));
      return reply.code(202).send(job);
    },
  );

  app.get(
    `${API_PREFIX}/people/:id`,
    { schema: { operationId: 'getPerson', tags: ['people'], summary: 'One person (a citizen may read their own record)', params: idParams, response: { 200: personSchema, ...problemResponses } } },
    async (request) => getPerson(platform, actorOf(request), request.params.id),
  );

  app.patch(
    `${API_PREFIX}/people/:id`,
    { schema: { operationId: 'updatePerson', tags: ['people'], summary: 'Change a person; masked values sent back change nothing', params: idParams, body: personUpdateSchema, response: { 200: personSchema, ...problemResponses } } },
    async (request) => updatePerson(platform, actorOf(request), request.params.id, request.body),
  );

  app.post(
    `${API_PREFIX}/people/:id/reveal`,
    { schema: { operationId: 'revealPerson', tags: ['people'], summary: 'Show masked identifiers in clear, with a reason that is audited', params: idParams, body: revealSchema, response: { 200: personSchema, ...problemResponses } } },
    async (request) => revealPerson(platform, actorOf(request), request.params.id, request.body),
  );

  app.post(
    `${API_PREFIX}/people/:id/move`,
    { schema: { operationId: 'movePerson', tags: ['people'], summary: 'Move a person to another jurisdiction within your scope', params: idParams, body: z.strictObject({ jurisdictionCode: jurisdictionCodeSchema }), response: { 200: personSchema, ...problemResponses } } },
    async (request) => movePerson(platform, actorOf(request), request.params.id, request.body.jurisdictionCode),
  );
}
