import {
  CarePersonParams,
  CareTagList,
  DualRegistrationCreate,
  DualRegistrationEnd,
  DualRegistrationList,
  DualRegistrationParams,
  DualRegistrationQuery,
  DualRegistrationView,
  PersonTagParams,
  PersonView,
  TagAssign,
  VisitCreate,
  VisitList,
  VisitSchedule,
  VisitScheduleQuery,
  VisitView,
} from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/auth-hooks.ts';
import type { Deps } from '../../http/types.ts';
import './care.errors.ts';
import { endDual } from './end-dual.ts';
import { listCareTags } from './list-care-tags.ts';
import { listDualRegistrations } from './list-dual-registrations.ts';
import { listVisits } from './list-visits.ts';
import { recordVisit } from './record-visit.ts';
import { registerDual } from './register-dual.ts';
import { registryErrorResponses } from './registry.responses.ts';
import { tagPerson } from './tag-person.ts';
import { untagPerson } from './untag-person.ts';
import { visitScheduleOf } from './visit-schedule.ts';

const errors = registryErrorResponses;
const tags = ['registry'];

/** Care groups (关爱对象) and visits (走访), the visit schedule, and 双报到 registrations. */
export function careRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/registry/care-tags',
      {
        schema: {
          tags,
          summary: 'The care groups the caller may see',
          response: { 200: CareTagList, ...errors },
        },
      },
      async (request) => listCareTags(deps, actorOf(request)),
    );
    app.post(
      '/api/registry/people/:id/tags',
      {
        schema: {
          tags,
          summary: 'Put a person in a care group (again: no change)',
          params: CarePersonParams,
          body: TagAssign,
          response: { 200: PersonView, ...errors },
        },
      },
      async (request) => tagPerson(deps, actorOf(request), request.params.id, request.body),
    );
    app.delete(
      '/api/registry/people/:id/tags/:code',
      {
        schema: {
          tags,
          summary: 'Take a person out of a care group',
          params: PersonTagParams,
          response: { 200: PersonView, ...errors },
        },
      },
      async (request) => untagPerson(deps, actorOf(request), request.params.id, request.params.code),
    );
    app.post(
      '/api/registry/people/:id/visits',
      {
        schema: {
          tags,
          summary: 'Record a visit (走访) to a person',
          params: CarePersonParams,
          body: VisitCreate,
          response: { 201: VisitView, ...errors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await recordVisit(deps, actorOf(request), request.params.id, request.body)),
    );
    app.get(
      '/api/registry/people/:id/visits',
      {
        schema: {
          tags,
          summary: 'A person’s visits, newest first',
          params: CarePersonParams,
          response: { 200: VisitList, ...errors },
        },
      },
      async (request) => listVisits(deps, actorOf(request), request.params.id),
    );
    app.get(
      '/api/registry/visits/schedule',
      {
        schema: {
          tags,
          summary: 'Visits due: overdue first, with counts per grid worker',
          querystring: VisitScheduleQuery,
          response: { 200: VisitSchedule, ...errors },
        },
      },
      async (request) => visitScheduleOf(deps, actorOf(request), request.query),
    );
    app.get(
      '/api/registry/dual-registrations',
      {
        schema: {
          tags,
          summary: '双报到: party members and units registered at the communities in scope',
          querystring: DualRegistrationQuery,
          response: { 200: DualRegistrationList, ...errors },
        },
      },
      async (request) => listDualRegistrations(deps, actorOf(request), request.query),
    );
    app.post(
      '/api/registry/dual-registrations',
      {
        schema: {
          tags,
          summary: '双报到: register a party member or a unit at a community',
          body: DualRegistrationCreate,
          response: { 201: DualRegistrationView, ...errors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await registerDual(deps, actorOf(request), request.body)),
    );
    app.post(
      '/api/registry/dual-registrations/:id/end',
      {
        schema: {
          tags,
          summary: '双报到: end a registration',
          params: DualRegistrationParams,
          body: DualRegistrationEnd,
          response: { 200: DualRegistrationView, ...errors },
        },
      },
      async (request) => endDual(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
