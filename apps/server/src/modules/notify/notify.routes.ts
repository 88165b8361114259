import { ErrorResponse } from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../../http/auth-hooks.ts';
import { AppError } from '../../http/errors.ts';
import type { Deps } from '../../http/types.ts';
import { listNotifications, markRead } from './list-notifications.ts';

const Notification = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable().describe('The readable number of the case it is about'),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export function notifyRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/notifications',
      {
        schema: {
          tags: ['notify'],
          summary: 'My in-app notifications',
          querystring: z.strictObject({
            unread: z.enum(['true', 'false']).default('false'),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: {
            200: z.object({ items: z.array(Notification), unread: z.number().int() }),
            401: ErrorResponse,
          },
        },
      },
      async (request) =>
        listNotifications(deps.db, requireAuth(request).user.id, {
          unread: request.query.unread === 'true',
          limit: request.query.limit,
        }),
    );
    app.post(
      '/api/notifications/:id/read',
      {
        schema: {
          tags: ['notify'],
          summary: 'Mark a notification read',
          params: z.strictObject({ id: z.coerce.number().int().positive() }),
          response: { 204: z.null(), 401: ErrorResponse, 404: ErrorResponse },
        },
      },
      async (request, reply) => {
        const ok = await markRead(deps.db, requireAuth(request).user.id, request.params.id, deps.clock.now());
        if (!ok) throw new AppError('NOTIFICATION_NOT_FOUND');
        return reply.code(204).send(null);
      },
    );
  };
}
