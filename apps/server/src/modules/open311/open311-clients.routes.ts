import {
  ErrorResponse,
  IdParams,
  Open311Client,
  Open311ClientCreate,
  Open311ClientCreated,
  Open311ClientList,
} from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/auth-hooks.ts';
import type { Deps } from '../../http/types.ts';
import { issueClient } from './issue-client.ts';
import { listClients } from './list-clients.ts';
import { revokeClient } from './revoke-client.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['open311'];

/** The admin API of Open311 client keys (JSON, cookie session and CSRF token, like all of /api). */
export function open311ClientRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/open311-clients',
      {
        schema: {
          tags,
          summary: 'Open311 client applications of the administrator’s districts',
          response: { 200: Open311ClientList, ...errors },
        },
      },
      async (request) => listClients(deps, actorOf(request)),
    );

    app.post(
      '/api/open311-clients',
      {
        schema: {
          tags,
          summary: 'Issue an api_key to an Open311 client application (administrators)',
          description: 'The key is in this answer only; the server keeps its sha256.',
          body: Open311ClientCreate,
          response: { 201: Open311ClientCreated, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await issueClient(deps, actorOf(request), request.body)),
    );

    app.post(
      '/api/open311-clients/:id/revoke',
      {
        schema: {
          tags,
          summary: 'Revoke a client application’s api_key (administrators); its next request is refused',
          params: IdParams,
          response: { 200: Open311Client, ...errors },
        },
      },
      async (request) => revokeClient(deps, actorOf(request), request.params.id),
    );
  };
}
