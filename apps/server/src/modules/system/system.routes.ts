import { ErrorResponse } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendError } from '../../http/error-handler.ts';
import type { Deps } from '../../http/types.ts';
import { isSettable } from '../../lib/clock.ts';
import { moveTestClock } from './test-clock.ts';

export const PublicConfig = z.object({
  tileUrl: z.string().nullable(),
  tileAttribution: z.string().nullable(),
  defaultLocale: z.enum(['zh-CN', 'en']),
  demo: z.boolean(),
});

/** A year either way is more than any journey needs. */
const MAX_MOVE_MS = 366 * 24 * 3600_000;
const TestClockMove = z.union([
  z.strictObject({ advanceMs: z.number().int().min(-MAX_MOVE_MS).max(MAX_MOVE_MS) }),
  z.strictObject({ set: z.iso.datetime({ offset: true }) }),
]);
const TestClockResult = z.object({
  now: z.string(),
  warnings: z.object({ yellow: z.number().int(), red: z.number().int() }),
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

    // Browser journeys only (refused in production by the configuration); absent otherwise (404).
    if (deps.config.testClock) {
      const clock = deps.clock;
      if (!isSettable(clock)) throw new Error('WANGGE_TEST_CLOCK needs a settable clock');
      app.post(
        '/api/system/test-clock',
        {
          schema: {
            tags: ['system'],
            summary: 'Move the server clock and run the warning sweep (WANGGE_TEST_CLOCK only)',
            body: TestClockMove,
            response: { 200: TestClockResult, 400: ErrorResponse },
          },
        },
        async (request) => moveTestClock(deps, clock, request.body),
      );
    }
  };
}
