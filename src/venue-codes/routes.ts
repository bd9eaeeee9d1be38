import type { FastifyRequest } from 'fastify';
import type { Platform } from '../platform/context.ts';
import { invalid } from '../platform/errors.ts';
import { API_PREFIX, actorOf } from '../platform/http/server.ts';
import { problemResponses, type Api } from '../platform/http/types.ts';
import { pageQuerySchema } from '../platform/pagination.ts';
import { z } from '../platform/validation.ts';
import { publicVenueSchema, venueCodeImageFormats, venueCodeIssueSchema, venueCodeRevokeSchema, venueCodeSchema, venueTokenSchema } from './model.ts';
import { issueVenueCode, listVenueCodes, renderVenueCodeImage, resolvePublicVenue, revokeVenueCode } from './service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin the printed URL points at: the one the request came in on (behind a proxy, what it forwarded
 * when --trust-proxy is set). The configuration has no public URL of its own to prefer.
 */
function originOf(request: FastifyRequest): string {
  if (!HOST.test(request.host)) throw invalid([{ field: 'header host', problem: 'is not a host name and port' }]);
  return `${request.protocol}://${request.host}`;
}

/** The venue code operations: issue, list, revoke and print for staff, and the public resolve of a scanned token. */
export function registerVenueCodeRoutes(app: Api, platform: Platform): void {
  app.post(
    `${API_PREFIX}/places/:id/codes`,
    {
      schema: {
        operationId: 'issueVenueCode',
        tags: ['venue codes'],
        summary: 'Issue a printable check-in code for a venue (one per entrance if need be)',
        params: idParams,
        body: venueCodeIssueSchema,
        response: { 201: venueCodeSchema, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await issueVenueCode(platform, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    `${API_PREFIX}/places/:id/codes`,
    {
      schema: {
        operationId: 'listVenueCodes',
        tags: ['venue codes'],
        summary: 'A venue’s codes, active and revoked, in the order they were issued',
        params: idParams,
        querystring: pageQuerySchema,
        response: { 200: z.object({ items: z.array(venueCodeSchema), nextCursor: z.string().nullable() }), ...problemResponses },
      },
    },
    async (request) => listVenueCodes(platform, actorOf(request), request.params.id, request.query),
  );

  app.post(
    `${API_PREFIX}/venue-codes/:id/revoke`,
    {
      schema: {
        operationId: 'revokeVenueCode',
        tags: ['venue codes'],
        summary: 'Revoke a code for good, with a reason; scans of it fail from then on',
        params: idParams,
        body: venueCodeRevokeSchema,
        response: { 200: venueCodeSchema, ...problemResponses },
      },
    },
    async (request) => revokeVenueCode(platform, actorOf(request), request.params.id, request.body),
  );

  app.get(
    `${API_PREFIX}/venue-codes/:id/qr`,
    {
      schema: {
        operationId: 'getVenueCodeImage',
        tags: ['venue codes'],
        summary: 'The printable code as SVG or PNG (1200 px wide): the QR of the scan page’s URL, the venue’s name, the label and the instruction',
        params: idParams,
        querystring: z.object({ format: z.enum(venueCodeImageFormats).default('svg') }),
        response: {
          200: {
            description: 'The image, as an attachment',
            content: { 'image/svg+xml': { schema: z.string() }, 'image/png': { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const image = await renderVenueCodeImage(platform, actorOf(request), request.params.id, request.query.format, originOf(request));
      reply.header('content-disposition', `attachment; filename="${image.fileName}"`);
      // A Buffer is sent as it is, never through the response schema, which can only call it a binary string.
      return reply.type(image.contentType).send(image.body as string);
    },
  );

  app.post(
    `${API_PREFIX}/public/venue-codes/resolve`,
    {
      config: { public: true },
      schema: {
        operationId: 'resolveVenueCode',
        tags: ['public'],
        summary: 'The name and type of the venue a scanned code stands for, to show before checking in; the token goes in the body, never in a URL; no login',
        security: [],
        body: venueTokenSchema,
        response: { 200: publicVenueSchema, ...problemResponses },
      },
    },
    async (request) => resolvePublicVenue(platform, request.body.token),
  );
}
