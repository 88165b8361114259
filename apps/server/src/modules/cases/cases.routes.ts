import {
  CaseActionRequest,
  CaseDetail,
  CaseList,
  CaseListQuery,
  ErrorResponse,
  ReportCaseRequest,
  ResolveOnSpotRequest,
} from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/auth-hooks.ts';
import type { Deps } from '../../http/types.ts';
import { getCase } from './get-case.ts';
import { listCases } from './list-cases.ts';
import { performAction } from './perform-action.ts';
import { reportCase } from './report-case.ts';
import { resolveOnSpot } from './resolve-on-spot.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  422: ErrorResponse,
};
const tags = ['cases'];
const Created = z.object({
  id: z.string(),
  number: z.string(),
  status: z.string(),
  version: z.number().int(),
  created: z.boolean().describe('False when this was a retry of an earlier submission'),
});
const IdParams = z.strictObject({ id: z.uuid() });

export function casesRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.post(
      '/api/cases',
      {
        schema: {
          tags,
          summary: 'Report a case (patrol, resident, 12345 hotline, department, sensor)',
          description:
            'Idempotent by idempotencyKey (per user) and, for hotline and sensor reports, by externalRef: a retry returns the same case (200, created false).',
          body: ReportCaseRequest,
          response: { 200: Created, 201: Created, ...errors },
        },
      },
      async (request, reply) => {
        const created = await reportCase(deps, actorOf(request), request.body);
        return reply.code(created.created ? 201 : 200).send(created);
      },
    );

    app.post(
      '/api/cases/resolve-on-spot',
      {
        schema: {
          tags,
          summary:
            'Report, handle and close in one step, with before and after photos (grid workers, own grids)',
          body: ResolveOnSpotRequest,
          response: { 200: Created, 201: Created, ...errors },
        },
      },
      async (request, reply) => {
        const created = await resolveOnSpot(deps, actorOf(request), request.body);
        return reply.code(created.created ? 201 : 200).send(created);
      },
    );

    app.get(
      '/api/cases',
      {
        schema: {
          tags,
          summary: 'Inbox by task, and search',
          querystring: CaseListQuery,
          response: { 200: CaseList, ...errors },
        },
      },
      async (request) => listCases(deps.db, actorOf(request), request.query),
    );

    app.get(
      '/api/cases/:id',
      {
        schema: {
          tags,
          summary: 'A case with its timeline',
          params: IdParams,
          response: { 200: CaseDetail, ...errors },
        },
      },
      async (request) => getCase(deps.db, actorOf(request), request.params.id),
    );

    app.post(
      '/api/cases/:id/actions',
      {
        schema: {
          tags,
          summary: 'Take an action on a case (accept, dispatch, claim, feedback, check, evaluate, close …)',
          description:
            'Send the version you saw: if the case changed meanwhile the answer is 409 CASE_VERSION_CONFLICT and nothing is written.',
          params: IdParams,
          body: CaseActionRequest,
          response: {
            200: z.object({
              id: z.string(),
              number: z.string(),
              status: z.string(),
              version: z.number().int(),
              seq: z.number().int(),
            }),
            ...errors,
          },
        },
      },
      async (request) =>
        performAction(deps, actorOf(request), request.locale, request.params.id, request.body),
    );
  };
}
