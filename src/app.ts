import type { FastifyInstance } from 'fastify';
import { registerBulletinRoutes } from './bulletin/routes.ts';
import { registerCaseRoutes } from './cases/routes.ts';
import { registerCheckinRoutes } from './checkins/routes.ts';
import { registerDashboardRoutes } from './dashboard/routes.ts';
import { registerJurisdictionRoutes } from './jurisdictions/routes.ts';
import { registerPeopleRoutes } from './people/routes.ts';
import { registerPlaceRoutes } from './places/routes.ts';
import { registerProtocolRoutes } from './protocol/routes.ts';
import { registerAuditRoutes } from './platform/audit/routes.ts';
import { registerAuthRoutes } from './platform/auth/routes.ts';
import type { Platform } from './platform/context.ts';
import { registerHealthRoutes } from './platform/http/health.routes.ts';
import { registerJobRoutes } from './platform/jobs/routes.ts';
import { buildServer, type ServerOptions } from './platform/http/server.ts';
import type { Api } from './platform/http/types.ts';
import { registerWeb } from './platform/http/web.ts';
import { registerTracingRoutes } from './tracing/routes.ts';
import { registerVenueCodeRoutes } from './venue-codes/routes.ts';
import { registerVenueLedgerRoutes } from './venue-ledgers/routes.ts';

/** The whole HTTP application: every module's routes on one server. */
export async function buildApp(platform: Platform, options: ServerOptions & { webFolder?: string } = {}): Promise<FastifyInstance> {
  const server = await buildServer(platform, options);
  const app = server as unknown as Api;
  registerHealthRoutes(app, platform);
  registerAuthRoutes(app, platform, options.loginRateLimit);
  registerAuditRoutes(app, platform);
  registerJurisdictionRoutes(app, platform);
  registerPlaceRoutes(app, platform);
  registerPeopleRoutes(app, platform);
  registerDashboardRoutes(app, platform);
  registerBulletinRoutes(app, platform);
  registerProtocolRoutes(app, platform);
  registerVenueCodeRoutes(app, platform);
  registerVenueLedgerRoutes(app, platform);
  // A citizen scans a few times a day and a venue's device sends a batch every few minutes; 120 a minute
  // leaves room for retries. A thousand a second from one address is a stadium's Wi-Fi at the gate.
  registerCheckinRoutes(app, platform, { perCredential: options.checkinsPerCredential ?? 120, perAddress: options.checkinsPerAddress ?? 60_000 });
  registerCaseRoutes(app, platform);
  registerTracingRoutes(app, platform);
  registerJobRoutes(app, platform);
  await registerWeb(server, { mapTiles: options.mapTiles ?? null, ...(options.webFolder ? { folder: options.webFolder } : {}) });
  await server.ready();
  return server;
}
