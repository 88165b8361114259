import { AuditPage, AuditQuery, ErrorResponse } from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/auth-hooks.ts';
import type { Deps } from '../../http/types.ts';
import { queryAudit } from './query-audit.ts';

export function auditRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    root.withTypeProvider<ZodTypeProvider>().get(
      '/api/audit',
      {
        schema: {
          tags: ['audit'],
          summary: 'Query the audit log (administrators)',
          querystring: AuditQuery,
          response: { 200: AuditPage, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
        },
      },
      async (request) => queryAudit(deps, actorOf(request), request.query),
    );
  };
}
