import { ErrorResponse } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendError } from '../../http/error-handler.ts';
import type { Deps } from '../../http/types.ts';

export const PublicConfig = z.object({
  tileUrl: z.string().nullable(),
  tileAttribution: z.string().nullable(),
  defaultLocale: z.enum(['zh-CN', 'en']),
  demo: z.boolean(),
});

export function systemRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['system'],
          summary: 'Liveness and database check',
          response: {
            200: z.object({ status: z.literal('ok'), database: z.string(), time: z.string() }),
            503: ErrorResponse,
          },
        },
      },
      async (request, reply) => {
        try {
          await rows(deps.db, sql`SELECT 1`);
        } catch (error) {
          request.log.error({ err: error }, 'health check failed');
          return sendError(reply, request, 'UNAVAILABLE');
        }
        return { status: 'ok' as const, database: 'up', time: deps.clock.now().toISOString() };
      },
    );
    app.get(
      '/api/config',
      {
        schema: {
          tags: ['system'],
          summary: 'Public settings the web pages need',
          response: { 200: PublicConfig },
        },
      },
      async () => ({
        tileUrl: deps.config.tileUrl,
        tileAttribution: deps.config.tileAttribution,
        defaultLocale: 'zh-CN' as const,
        demo: deps.config.demo,
      }),
    );
  };
}
