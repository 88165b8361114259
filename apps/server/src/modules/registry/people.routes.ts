import {
  AccessQuery,
  AccessReport,
  DeleteRequest,
  HistoryList,
  IdParams,
  PersonCreate,
  PersonList,
  PersonQuery,
  PersonUpdate,
  PersonView,
  RevealAnswer,
  RevealRequest,
  VersionBody,
} from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/auth-hooks.ts';
import type { Deps } from '../../http/types.ts';
import { accessReport } from './access-report.ts';
import { deletePerson, restorePerson } from './delete-person.ts';
import { getPerson } from './get-person.ts';
import { listPeople } from './list-people.ts';
import { personHistory } from './person-history.ts';
import { registryErrorResponses } from './registry.responses.ts';
import { revealPerson } from './reveal-person.ts';
import { createPerson, updatePerson } from './save-person.ts';

const errors = registryErrorResponses;
const tags = ['registry'];

/** People (实有人口): list and search, detail, create, edit, reveal, history, delete and restore; the access report. */
export function peopleRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/registry/people',
      {
        schema: {
          tags,
          summary: 'People in scope (numbers masked)',
          querystring: PersonQuery,
          response: { 200: PersonList, ...errors },
        },
      },
      async (request) => listPeople(deps, actorOf(request), request.query),
    );
    app.post(
      '/api/registry/people',
      {
        schema: {
          tags,
          summary: 'Register a person',
          body: PersonCreate,
          response: { 201: PersonView, ...errors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createPerson(deps, actorOf(request), request.body)),
    );
    app.get(
      '/api/registry/people/:id',
      {
        schema: {
          tags,
          summary: 'One person (numbers masked)',
          params: IdParams,
          response: { 200: PersonView, ...errors },
        },
      },
      async (request) => getPerson(deps, actorOf(request), request.params.id),
    );
    app.put(
      '/api/registry/people/:id',
      {
        schema: {
          tags,
          summary: 'Change a person’s record',
          params: IdParams,
          body: PersonUpdate,
          response: { 200: PersonView, ...errors },
        },
      },
      async (request) => updatePerson(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/registry/people/:id/reveal',
      {
        schema: {
          tags,
          summary: 'Show a personal number in the clear (needs the permission and a reason; audited)',
          params: IdParams,
          body: RevealRequest,
          response: { 200: RevealAnswer, ...errors },
        },
      },
      async (request) => revealPerson(deps, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/api/registry/people/:id/history',
      {
        schema: {
          tags,
          summary: 'Changes to a person’s record',
          params: IdParams,
          response: { 200: HistoryList, ...errors },
        },
      },
      async (request) => personHistory(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/api/registry/people/:id/delete',
      {
        schema: {
          tags,
          summary: 'Soft-delete a person (purged after the retention period)',
          params: IdParams,
          body: DeleteRequest,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deletePerson(deps, actorOf(request), request.params.id, request.body);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/api/registry/people/:id/restore',
      {
        schema: {
          tags,
          summary: 'Restore a deleted person',
          params: IdParams,
          body: VersionBody,
          response: { 200: PersonView, ...errors },
        },
      },
      async (request) => restorePerson(deps, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/api/registry/access-report',
      {
        schema: {
          tags,
          summary: 'Who looked at whose personal numbers or exported them, when and why (administrators)',
          querystring: AccessQuery,
          response: { 200: AccessReport, ...errors },
        },
      },
      async (request) => accessReport(deps, actorOf(request), request.query),
    );
  };
}
