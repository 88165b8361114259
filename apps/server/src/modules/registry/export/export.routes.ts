import { GridCode, OrganisationQuery, PersonQuery, VisitScheduleQuery } from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireStaff } from '../../../http/auth-hooks.ts';
import type { Deps } from '../../../http/types.ts';
import { streamWorkbook, XLSX_TYPE } from '../../../lib/attachment.ts';
import { registryErrorResponses } from '../registry.responses.ts';
import { exportOrganisations } from './export-organisations.ts';
import { exportPeople } from './export-people.ts';
import { exportRooms } from './export-rooms.ts';
import { exportVisitSchedule } from './export-visit-schedule.ts';

const errors = registryErrorResponses;
const tags = ['registry'];
const PersonExportQuery = PersonQuery.omit({ page: true, pageSize: true, deleted: true });
const OrganisationExportQuery = OrganisationQuery.omit({ page: true, pageSize: true });
const RoomExportQuery = z.strictObject({
  gridCode: GridCode.optional(),
  buildingCode: z
    .string()
    .regex(/^\d{18}$/, 'an 18-digit building code')
    .optional(),
});

/**
 * Exports of the registry's lists (people, organisations, rooms, the visit schedule): each needs the
 * import/export right, is counted and audited before streaming (see `exportList`). Registered before
 * the other registry routes so that `/organisations/export.xlsx` is not taken for `/organisations/:id`.
 */
export function exportRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/registry/people/export.xlsx',
      {
        schema: {
          tags,
          summary: 'The filtered people list as a workbook (numbers masked; needs the export right; audited)',
          querystring: PersonExportQuery,
          produces: [XLSX_TYPE],
          response: errors,
        },
      },
      async (request, reply) => {
        requireStaff(request);
        const file = await exportPeople(deps, actorOf(request), request.query, request.locale);
        return streamWorkbook(
          reply,
          request.log,
          { filename: '实有人口.xlsx', ascii: 'people.xlsx' },
          file.write,
        );
      },
    );
    app.get(
      '/api/registry/organisations/export.xlsx',
      {
        schema: {
          tags,
          summary:
            'The filtered organisations as a workbook (numbers masked; needs the export right; audited)',
          querystring: OrganisationExportQuery,
          produces: [XLSX_TYPE],
          response: errors,
        },
      },
      async (request, reply) => {
        requireStaff(request);
        const file = await exportOrganisations(deps, actorOf(request), request.query, request.locale);
        return streamWorkbook(
          reply,
          request.log,
          { filename: '单位组织.xlsx', ascii: 'organisations.xlsx' },
          file.write,
        );
      },
    );

    app.get(
      '/api/registry/rooms/export.xlsx',
      {
        schema: {
          tags,
          summary:
            'Rooms by grid or building as a workbook (owner phones masked; needs the export right; audited)',
          querystring: RoomExportQuery,
          produces: [XLSX_TYPE],
          response: errors,
        },
      },
      async (request, reply) => {
        requireStaff(request);
        const file = await exportRooms(deps, actorOf(request), request.query, request.locale);
        return streamWorkbook(
          reply,
          request.log,
          { filename: '实有房屋.xlsx', ascii: 'rooms.xlsx' },
          file.write,
        );
      },
    );

    app.get(
      '/api/registry/visits/schedule/export.xlsx',
      {
        schema: {
          tags,
          summary:
            'The visit schedule as a workbook (visible care groups only; needs the export right; audited)',
          querystring: VisitScheduleQuery,
          produces: [XLSX_TYPE],
          response: errors,
        },
      },
      async (request, reply) => {
        requireStaff(request);
        const file = await exportVisitSchedule(deps, actorOf(request), request.query, request.locale);
        return streamWorkbook(
          reply,
          request.log,
          { filename: '走访计划.xlsx', ascii: 'visit-schedule.xlsx' },
          file.write,
        );
      },
    );
  };
}
