import { sql } from 'kysely';
import type { Platform } from '../context.ts';
import { z } from '../validation.ts';
import { API_PREFIX } from './server.ts';
import type { Api } from './types.ts';

export function registerHealthRoutes(app: Api, platform: Platform): void {
  app.get(
    `${API_PREFIX}/health`,
    {
      config: { public: true },
      schema: {
        operationId: 'getHealth',
        tags: ['platform'],
        summary: 'Whether the server and its database answer',
        security: [],
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), time: z.string() }) },
      },
    },
    async () => {
      await sql`select 1`.execute(platform.database.db);
      return { status: 'ok' as const, database: platform.database.dialect, time: platform.clock.now().toISOString() };
    },
  );
}
