import {
  BATCH_DISPATCH_LIMIT,
  BatchDispatchRequest,
  BatchDispatchResult,
  CASE_EXPORT_LIMIT,
  CASE_POINTS_LIMIT,
  CaseActionRequest,
  CaseDetail,
  CaseExportQuery,
  CaseList,
  CaseListQuery,
  CasePoints,
  CasePointsQuery,
  ErrorResponse,
  ReportCaseRequest,
  ResolveOnSpotRequest,
} from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireStaff } from '../../http/auth-hooks.ts';
import type { Deps } from '../../http/types.ts';
import { streamWorkbook, XLSX_TYPE } from '../../lib/attachment.ts';
import { batchDispatch } from './batch-dispatch.ts';
import { casePoints } from './case-points.ts';
import { exportCases } from './export-cases.ts';
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
      '/api/cases/export.xlsx',
      {
        schema: {
          tags,
          summary: 'The filtered case list as an Excel workbook (导出)',
          description:
            `The list's filters and sort; every matching case in the caller's scope, columns in the caller's ` +
            `language (Accept-Language). Above ${CASE_EXPORT_LIMIT} cases the export is refused ` +
            '(422 CASE_EXPORT_TOO_LARGE). Each export is recorded in the audit log. 200 answers the .xlsx ' +
            `(${XLSX_TYPE}) as an attachment, its file name in the caller's language (RFC 5987 filename*).`,
          querystring: CaseExportQuery,
          produces: [XLSX_TYPE],
          response: errors,
        },
      },
      async (request, reply) => {
        requireStaff(request);
        const file = await exportCases(deps, actorOf(request), request.locale, request.query);
        // Named in the caller's language, with an ASCII fallback for old clients.
        return streamWorkbook(
          reply,
          request.log,
          { filename: file.filename, ascii: file.asciiFilename },
          file.write,
        );
      },
    );

    app.get(
      '/api/cases/points',
      {
        schema: {
          tags,
          summary: 'Located cases for the case map, in one request',
          description:
            `Open cases by default (state), in the caller's scope; red, then yellow, then the rest, newest ` +
            `first, at most ${CASE_POINTS_LIMIT} (limit). total, withoutLocation and omitted say what was left out.`,
          querystring: CasePointsQuery,
          response: { 200: CasePoints, ...errors },
        },
      },
      async (request) => {
        requireStaff(request);
        return casePoints(deps.db, actorOf(request), request.query);
      },
    );

    app.post(
      '/api/cases/batch-dispatch',
      {
        schema: {
          tags,
          summary: `Dispatch up to ${BATCH_DISPATCH_LIMIT} cases to the same lead and assistants (批量派单)`,
          description:
            'Each case is dispatched by the single dispatch action in its own transaction, with the version you ' +
            'saw: a case that changed meanwhile (CASE_VERSION_CONFLICT), is not waiting for dispatch ' +
            '(CASE_ACTION_NOT_ALLOWED), is not yours to dispatch or not found fails alone with its code, and ' +
            'the others are dispatched. The answer is 200 with one result per item, in order. Duplicate cases ' +
            '(CASE_BATCH_DUPLICATE) and unknown targets (CASE_DISPATCH_TARGET_UNKNOWN) refuse the whole batch ' +
            'before anything is written.',
          body: BatchDispatchRequest,
          response: { 200: BatchDispatchResult, ...errors },
        },
      },
      async (request) => {
        requireStaff(request);
        return batchDispatch(deps, actorOf(request), request.locale, request.body, (id, error) =>
          request.log.error({ err: error, caseId: id }, 'batch dispatch: unexpected error'),
        );
      },
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
      async (request) => getCase(deps, actorOf(request), request.params.id),
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
