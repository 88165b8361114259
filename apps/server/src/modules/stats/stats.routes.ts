import {
  ErrorResponse,
  StatsBreakdown,
  StatsBreakdownQuery,
  StatsExportQuery,
  StatsQuery,
  StatsSummary,
  StatsTrend,
  StatsTrendQuery,
} from '@wangge/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireStaff } from '../../http/auth-hooks.ts';
import type { Deps } from '../../http/types.ts';
import { exportStats } from './export-stats.ts';
import { getBreakdown } from './get-breakdown.ts';
import { getSummary } from './get-summary.ts';
import { getTrend } from './get-trend.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const tags = ['stats'];

import { XLSX_TYPE } from '../../lib/attachment.ts';

const DEFINITIONS =
  'Cases reported in [from, to) (China-time days), not rejected or merged, in the caller’s scope ' +
  '(territory; department handlers: the cases dispatched to their department), as they stand now. ' +
  '结案率 = closed / dueToClose, 按期结案率 = closedOnTime / dueToClose, dueToClose = closed + overdue; ' +
  '满意率 = (satisfied + basicallySatisfied) / rated. Period at most 400 days (400 STATS_PERIOD_TOO_LONG, ' +
  'STATS_PERIOD_INVALID); a division outside the scope is 404 STATS_DIVISION_NOT_FOUND.';

function sendWorkbook(reply: FastifyReply, file: { bytes: Buffer; disposition: string }) {
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', file.disposition)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.bytes);
}

const staffActor = (request: FastifyRequest) => {
  requireStaff(request);
  return actorOf(request);
};

/** Figures by which grids, communities, subdistricts and departments are judged (leader dashboard). */
export function statsRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/stats/summary',
      {
        schema: {
          tags,
          summary: 'Every indicator over the caller’s scope for a period',
          description: DEFINITIONS,
          querystring: StatsQuery,
          response: { 200: StatsSummary, ...errors },
        },
      },
      async (request) => getSummary(deps, staffActor(request), request.query),
    );

    app.get(
      '/api/stats/breakdown',
      {
        schema: {
          tags,
          summary:
            'Every indicator per subdistrict, community, grid, department or category (the ranking table)',
          description: `${DEFINITIONS} Units in scope are listed even without cases; a joint case counts for each of its departments.`,
          querystring: StatsBreakdownQuery,
          response: { 200: StatsBreakdown, ...errors },
        },
      },
      async (request) => getBreakdown(deps, staffActor(request), request.query),
    );

    app.get(
      '/api/stats/trend',
      {
        schema: {
          tags,
          summary: 'Received, closed and overdue per day, week or month (China time)',
          description: `${DEFINITIONS} Each bucket holds the cases reported in it.`,
          querystring: StatsTrendQuery,
          response: { 200: StatsTrend, ...errors },
        },
      },
      async (request) => getTrend(deps, staffActor(request), request.query),
    );

    app.get(
      '/api/stats/export.xlsx',
      {
        schema: {
          tags,
          summary: 'The figures as an Excel workbook: summary, each breakdown, trend (导出)',
          description: `${DEFINITIONS} Sheet and column names in the caller’s language; recorded in the audit log.`,
          querystring: StatsExportQuery,
          produces: [XLSX_TYPE],
          response: errors,
        },
      },
      async (request, reply) => {
        const file = await exportStats(deps, staffActor(request), request.query, request.locale);
        return sendWorkbook(reply, file);
      },
    );
  };
}
