import type { Platform } from '../context.ts';
import { API_PREFIX, actorOf } from '../http/server.ts';
import { problemResponses, type Api } from '../http/types.ts';
import { z } from '../validation.ts';
import { jobSchema } from './model.ts';
import { getJob } from './service.ts';

export function registerJobRoutes(app: Api, platform: Platform): void {
  app.get(
    `${API_PREFIX}/jobs/:id`,
    {
      schema: {
        operationId: 'getJob',
        tags: ['jobs'],
        summary: 'Progress and result of a background import you started (anyone else’s is not found)',
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 200: jobSchema, ...problemResponses },
      },
    },
    async (request) => getJob(platform, actorOf(request), request.params.id),
  );
}
