import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import helmet from 'helmet';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { authenticate } from '../auth/accounts.ts';
import type { Actor } from '../auth/actor.ts';
import { purposeSchema } from '../audit/model.ts';
import type { Platform } from '../context.ts';
import { BulwarkError, invalid } from '../errors.ts';
import { registerIdempotency } from './idempotency.ts';
import { handleError } from './problem.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes that answer without a session: health, login, the API document. */
    public?: boolean;
  }
}

export const SESSION_COOKIE = 'bulwark_session';
export const PURPOSE_HEADER = 'x-purpose-of-use';
export const API_PREFIX = '/api/v1';

export interface ServerOptions {
  logLevel?: string;
  /** Where logs go (standard output by default); tests capture them to prove they hold no personal data. */
  logStream?: { write(line: string): void };
  trustProxy?: boolean;
  /** Requests per minute per client address. */
  rateLimit?: number;
  /** Login attempts per minute per client address (on top of the per-account lockout). */
  loginRateLimit?: number;
  /** Check-in writes (scans, device batches) per minute per credential, which they are counted by instead of address. */
  checkinsPerCredential?: number;
  /** Check-in writes per minute per client address, whatever credentials they carry. */
  checkinsPerAddress?: number;
  /** An XYZ raster tile URL template for the console's map; its origin is allowed by the content security policy. */
  mapTiles?: string | null;
}

/** Builds the HTTP server: security headers, rate limits, problem+json errors, authentication and the API document. */
export async function buildServer(platform: Platform, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Never log bodies, query strings or credentials: they may hold personal data (SECURITY.md goal 10).
      serializers: {
        req: (request: FastifyRequest) => ({ method: request.method, route: request.routeOptions?.url ?? 'unmatched', id: request.id }),
        res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 64 * 1024 * 1024,
    ajv: undefined,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest('actor', null);

  const tileOrigin = options.mapTiles ? [new URL(options.mapTiles.replace(/[{}]/g, '')).origin] : [];
  // The security headers are built once: the Fastify wrapper of helmet rebuilt them on every request
  // (a tenth of a check-in scan's time).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // The map draws on a canvas from blob: images and runs its worker from a same-origin module.
        imgSrc: ["'self'", 'data:', 'blob:', ...tileOrigin],
        connectSrc: ["'self'", ...tileOrigin],
        workerSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        // Served over plain HTTP inside a health authority's network as often as behind TLS: upgrading
        // would break the console there. TLS is the reverse proxy's job.
        upgradeInsecureRequests: null,
      },
    },
  });
  app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)));
  await app.register(cookie);
  await app.register(rateLimit, { max: options.rateLimit ?? 1200, timeWindow: '1 minute' });
  // CSV bodies are streamed to the importers rather than buffered as strings.
  app.addContentTypeParser(['text/csv', 'application/csv'], (_request, payload, done) => done(null, payload));

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Bulwark API', version: '1', description: 'Outbreak prevention and response platform. Errors are application/problem+json (RFC 9457) with a stable code.' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: `${API_PREFIX}/docs` });
  app.get(`${API_PREFIX}/openapi.json`, { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith(API_PREFIX)) reply.header('cache-control', 'no-store');
  });
  app.addHook('preHandler', async (request) => {
    if (request.routeOptions.config?.public || !request.url.startsWith(API_PREFIX) || request.url.startsWith(`${API_PREFIX}/docs`)) return;
    const token = bearerToken(request) ?? request.cookies[SESSION_COOKIE];
    const actor = token ? await authenticate(platform, token, request.ip) : undefined;
    if (!actor) throw new BulwarkError('BULWARK_UNAUTHENTICATED', token ? 'The session or token is not valid or has expired' : 'Log in, or send a bearer token');
    const declared = request.headers[PURPOSE_HEADER];
    if (declared !== undefined) {
      const parsed = purposeSchema.safeParse(declared);
      if (!parsed.success) throw invalid([{ field: `header ${PURPOSE_HEADER}`, problem: `must be one of ${purposeSchema.options.join(', ')}` }]);
      actor.purpose = parsed.data;
    }
    request.actor = actor;
  });
  registerIdempotency(app, platform);
  return app;
}

/**
 * The rate limits of the routes citizens and venue devices call in volume (check-in writes), as route
 * options. They are counted per credential rather than per address: the phones at a venue share its Wi-Fi
 * or a carrier's address, and a busy venue's hour would otherwise exhaust the limit of one person. An
 * address still has a ceiling, so that made-up credentials cannot flood from one place.
 */
export function credentialRateLimits(app: FastifyInstance, platform: Platform, limits: { perCredential: number; perAddress: number }) {
  // Counted apart from the route's own limit: the plugin runs only one of its hooks per request.
  const addressCeiling = app.createRateLimit({ max: limits.perAddress, timeWindow: '1 minute', keyGenerator: (request) => `checkins-address:${request.ip}` });
  return {
    config: {
      rateLimit: {
        max: limits.perCredential,
        timeWindow: '1 minute',
        keyGenerator: (request: FastifyRequest) => {
          const token = bearerToken(request) ?? request.cookies[SESSION_COOKIE];
          return token ? `credential:${platform.protector.tokenHash(token)}` : `address:${request.ip}`;
        },
      },
    },
    onRequest: async (request: FastifyRequest) => {
      // `isAllowed` means exempt (an allow list); past the limit is `isExceeded`.
      const counted = await addressCeiling(request);
      if (!counted.isAllowed && counted.isExceeded) throw new BulwarkError('BULWARK_RATE_LIMITED', 'Too many check-ins from this address; slow down');
    },
  };
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

/** The authenticated actor of a request; routes behind authentication always have one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new BulwarkError('BULWARK_UNAUTHENTICATED');
  return request.actor;
}
