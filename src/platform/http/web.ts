import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { placeholderPage } from './placeholder-page.ts';
import { sendProblem, toProblem } from './problem.ts';

/** Where `npm run build` puts the console and the public pages. */
export const WEB_BUILD_FOLDER = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export interface WebOptions {
  /** The built single-page app; defaults to web/dist. */
  folder?: string;
  /** An XYZ raster tile URL template for the map, or null for the offline vector-only map. */
  mapTiles?: string | null;
}

/**
 * Serves the built console and public pages: hashed assets cached for good, index.html never cached, and
 * every page path of the app (/, /login, /console/...) answered with index.html so that links and reloads
 * work. API paths keep their problem+json 404. Without a build, / explains how to make one.
 */
export async function registerWeb(app: FastifyInstance, options: WebOptions = {}): Promise<void> {
  const folder = options.folder ?? WEB_BUILD_FOLDER;
  const built = existsSync(join(folder, 'index.html'));
  const consoleConfig = { mapTiles: options.mapTiles ?? null };
  app.get('/console-config.json', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return consoleConfig;
  });

  if (!built) {
    app.get('/', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(placeholderPage));
  } else {
    await app.register(fastifyStatic, {
      root: folder,
      index: false,
      wildcard: true,
      cacheControl: false,
      // Vite names assets by content hash, so an asset's name never changes meaning.
      setHeaders(reply, path) {
        reply.header('cache-control', path.startsWith(join(folder, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => sendIndex(reply));
  }

  app.setNotFoundHandler((request, reply) => {
    if (built && isPageRequest(request)) return sendIndex(reply);
    return sendProblem(reply, toProblem('BULWARK_NOT_FOUND', 'No such resource', [], request.url.split('?')[0] ?? ''));
  });
}

function sendIndex(reply: FastifyReply) {
  return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
}

/** A browser navigating to a page of the app: a GET outside the API for something without a file extension. */
function isPageRequest(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  return request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path);
}
