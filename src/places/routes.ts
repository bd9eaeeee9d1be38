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
import {
  placeCreateSchema,
  placeKinds,
  placeSchema,
  placeSorts,
  placesMapQuerySchema,
  placesMapSchema,
  placeUpdateSchema,
  publicServiceSchema,
  publicServicesQuerySchema,
  venueTypes,
} from './model.ts';
import { getPlacesMap } from './map.ts';
import { findPublicServices } from './public.ts';
import { createPlace, getPlace, importPlacesCsv, listPlaces, updatePlace } from './service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function registerPlaceRoutes(app: Api, platform: Platform): void {
  app.get(
    `${API_PREFIX}/places`,
    {
      schema: {
        operationId: 'listPlaces',
        tags: ['places'],
        summary: 'Places within your scope, filtered by jurisdiction subtree, kind, venue type, parent or name',
        querystring: pageQuerySchema.extend({
          jurisdiction: jurisdictionCodeSchema.optional(),
          kind: z.enum(placeKinds).optional(),
          venueType: z.enum(venueTypes).optional(),
          parent: z.string().max(64).optional(),
          q: z.string().trim().min(1).max(100).optional(),
          sort: z.enum(placeSorts).optional().describe('name or -name (descending); default: id order'),
        }),
        response: { 200: z.object({ items: z.array(placeSchema), nextCursor: z.string().nullable() }), ...problemResponses },
      },
    },
    async (request) => listPlaces(platform, actorOf(request), request.query),
  );

  app.get(
    `${API_PREFIX}/places/map`,
    {
      schema: {
        operationId: 'getPlacesMap',
        tags: ['places'],
        summary: 'Compounds, buildings and venues within your scope as GeoJSON; a place with an outline is drawn as its outline',
        querystring: placesMapQuerySchema,
        response: { 200: placesMapSchema, ...problemResponses },
      },
    },
    async (request) => getPlacesMap(platform, actorOf(request), request.query),
  );

  app.get(
    `${API_PREFIX}/public/services`,
    {
      config: { public: true },
      schema: {
        operationId: 'findPublicServices',
        tags: ['public'],
        summary: 'Fever clinics or sampling sites, nearest first (near=LON,LAT or a community), else by name; no login',
        security: [],
        querystring: publicServicesQuerySchema,
        response: { 200: z.object({ items: z.array(publicServiceSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await findPublicServices(platform, request.query) }),
  );

  app.post(
    `${API_PREFIX}/places`,
    { schema: { operationId: 'createPlace', tags: ['places'], summary: 'Create a compound, building, unit, household or venue', body: placeCreateSchema, response: { 201: placeSchema, ...problemResponses } } },
    async (request, reply) => reply.code(201).send(await createPlace(platform, actorOf(request), request.body)),
  );

  app.get(
    `${API_PREFIX}/places/:id`,
    { schema: { operationId: 'getPlace', tags: ['places'], summary: 'One place', params: idParams, response: { 200: placeSchema, ...problemResponses } } },
    async (request) => getPlace(platform, actorOf(request), request.params.id),
  );

  app.patch(
    `${API_PREFIX}/places/:id`,
    { schema: { operationId: 'updatePlace', tags: ['places'], summary: 'Change a place’s name, type, address or location', params: idParams, body: placeUpdateSchema, response: { 200: placeSchema, ...problemResponses } } },
    async (request) => updatePlace(platform, actorOf(request), request.params.id, request.body),
  );

  app.post(
    `${API_PREFIX}/places/imports`,
    {
      schema: {
        operationId: 'importPlaces',
        tags: ['places'],
        summary: 'Import places from CSV (text/csv): ref,kind,parent_ref,jurisdiction_code,name,venue_type,address,latitude,longitude,outline. With Prefer: respond-async, 202 and a job to follow',
        response: { 200: importReportSchema, 202: jobSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = csvBody(request.body);
      if (!prefersAsync(request)) return importPlacesCsv(platform, actor, body);
      const job = await startImportJob(platform, actor, 'places.import', body, request.log, (input, onProgress) => importPlacesCsv(platform, actor, input, onProgress));
      return reply.code(202).send(job);
    },
  );
}
