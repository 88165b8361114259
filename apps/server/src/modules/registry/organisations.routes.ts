import {
  DeleteRequest,
  HistoryList,
  IdParams,
  OrganisationFields,
  OrganisationList,
  OrganisationQuery,
  OrganisationUpdate,
  OrganisationView,
  OrgRevealAnswer,
  OrgRevealRequest,
} from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/auth-hooks.ts';
import type { Deps } from '../../http/types.ts';
import { deleteOrganisation } from './delete-organisation.ts';
import { getOrganisation } from './get-organisation.ts';
import { listOrganisations } from './list-organisations.ts';
import { organisationHistory } from './organisation-history.ts';
import { registryErrorResponses } from './registry.responses.ts';
import { revealOrganisation } from './reveal-organisation.ts';
import { createOrganisation, updateOrganisation } from './save-organisation.ts';

const errors = registryErrorResponses;
const tags = ['registry'];

/** Organisations (单位、企业、社会组织): list and search, detail, register, edit, reveal, history, delete. */
export function organisationsRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/registry/organisations',
      {
        schema: {
          tags,
          summary: 'Organisations in scope (numbers masked)',
          querystring: OrganisationQuery,
          response: { 200: OrganisationList, ...errors },
        },
      },
      async (request) => listOrganisations(deps, actorOf(request), request.query),
    );
    app.post(
      '/api/registry/organisations',
      {
        schema: {
          tags,
          summary: 'Register an organisation',
          body: OrganisationFields,
          response: { 201: OrganisationView, ...errors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createOrganisation(deps, actorOf(request), request.body)),
    );
    app.get(
      '/api/registry/organisations/:id',
      {
        schema: {
          tags,
          summary: 'One organisation (numbers masked)',
          params: IdParams,
          response: { 200: OrganisationView, ...errors },
        },
      },
      async (request) => getOrganisation(deps, actorOf(request), request.params.id),
    );
    app.put(
      '/api/registry/organisations/:id',
      {
        schema: {
          tags,
          summary: 'Change an organisation’s record',
          params: IdParams,
          body: OrganisationUpdate,
          response: { 200: OrganisationView, ...errors },
        },
      },
      async (request) => updateOrganisation(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/registry/organisations/:id/reveal',
      {
        schema: {
          tags,
          summary:
            'Show the legal representative’s ID number or the contact phone in the clear (needs the permission and a reason; audited)',
          params: IdParams,
          body: OrgRevealRequest,
          response: { 200: OrgRevealAnswer, ...errors },
        },
      },
      async (request) => revealOrganisation(deps, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/api/registry/organisations/:id/history',
      {
        schema: {
          tags,
          summary: 'Changes to an organisation’s record',
          params: IdParams,
          response: { 200: HistoryList, ...errors },
        },
      },
      async (request) => organisationHistory(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/api/registry/organisations/:id/delete',
      {
        schema: {
          tags,
          summary: 'Soft-delete an organisation',
          params: IdParams,
          body: DeleteRequest,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deleteOrganisation(deps, actorOf(request), request.params.id, request.body);
        return reply.code(204).send(null);
      },
    );
  };
}
