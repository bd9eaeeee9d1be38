import type { Platform } from '../platform/context.ts';
import { API_PREFIX, actorOf } from '../platform/http/server.ts';
import { problemResponses, type Api } from '../platform/http/types.ts';
import { dashboardQuerySchema, dashboardSchema } from './model.ts';
import { getDashboard } from './service.ts';

export function registerDashboardRoutes(app: Api, platform: Platform): void {
  app.get(
    `${API_PREFIX}/dashboard`,
    {
      schema: {
        operationId: 'getDashboard',
        tags: ['dashboard'],
        summary: 'Aggregate figures of a jurisdiction’s subtree: population, places, children and daily series; no personal data',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, ...problemResponses },
      },
    },
    async (request) => getDashboard(platform, actorOf(request), request.query.jurisdiction),
  );
}
