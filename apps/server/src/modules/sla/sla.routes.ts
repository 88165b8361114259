import {
  CalendarQuery,
  CalendarReplaceRequest,
  CalendarStatus,
  CalendarYear,
  CalendarYearParams,
  DeadlinePreview,
  DeadlinePreviewRequest,
  ErrorResponse,
  SlaSettings,
} from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireStaff } from '../../http/auth-hooks.ts';
import type { Deps } from '../../http/types.ts';
import { calendarStatus } from './calendar-status.ts';
import { getCalendarYear } from './get-calendar.ts';
import { getSlaSettings } from './get-settings.ts';
import { previewDeadline } from './preview-deadline.ts';
import { replaceCalendarYear } from './replace-calendar.ts';
import { updateSlaSettings } from './update-settings.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const tags = ['sla'];

/** Any staff member reads; the use cases ask the policy before writing. */
const staffActor = (request: Parameters<typeof actorOf>[0]) => {
  requireStaff(request);
  return actorOf(request);
};

export function slaRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/sla/calendar',
      {
        schema: {
          tags,
          summary: 'A year’s official holidays and make-up workdays (调休)',
          querystring: CalendarQuery,
          response: { 200: CalendarYear, ...errors },
        },
      },
      async (request) => {
        staffActor(request);
        return getCalendarYear(deps.db, request.query.year);
      },
    );

    app.put(
      '/api/sla/calendar/:year',
      {
        schema: {
          tags,
          summary: 'Replace a year’s holidays and make-up workdays (administrators; all or nothing)',
          description:
            'Days not listed follow Monday–Friday. 400 SLA_CALENDAR_INVALID lists each bad entry by index ' +
            '(DAY_MALFORMED, DAY_OUTSIDE_YEAR, DAY_DUPLICATE).',
          params: CalendarYearParams,
          body: CalendarReplaceRequest,
          response: { 200: CalendarYear, ...errors },
        },
      },
      async (request) =>
        replaceCalendarYear(deps, staffActor(request), request.params.year, request.body, request.locale),
    );

    app.get(
      '/api/sla/calendar/status',
      {
        schema: {
          tags,
          summary: 'Which years have a holiday calendar, and a warning when this or next year is missing',
          response: { 200: CalendarStatus, ...errors },
        },
      },
      async (request) => {
        staffActor(request);
        return calendarStatus(deps.db, deps.clock.now());
      },
    );

    app.get(
      '/api/sla/settings',
      {
        schema: {
          tags,
          summary: 'Working periods and the yellow-warning share',
          response: { 200: SlaSettings, ...errors },
        },
      },
      async (request) => {
        staffActor(request);
        return getSlaSettings(deps.db);
      },
    );

    app.put(
      '/api/sla/settings',
      {
        schema: {
          tags,
          summary: 'Set the working periods and the yellow-warning share (administrators)',
          body: SlaSettings,
          response: { 200: SlaSettings, ...errors },
        },
      },
      async (request) => updateSlaSettings(deps, staffActor(request), request.body),
    );

    app.post(
      '/api/sla/deadline-preview',
      {
        schema: {
          tags,
          summary: 'The deadline of a time limit started at a given instant',
          body: DeadlinePreviewRequest,
          response: { 200: DeadlinePreview, 422: ErrorResponse, ...errors },
        },
      },
      async (request) => {
        staffActor(request);
        return previewDeadline(deps.db, request.body);
      },
    );
  };
}
