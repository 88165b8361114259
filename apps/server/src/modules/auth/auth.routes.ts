import {
  AssignmentParams,
  CreateUserRequest,
  DepartmentAssignments,
  ErrorResponse,
  GridAssignments,
  GridAssignmentsQuery,
  LoginRequest,
  PasswordResetRequest,
  RoleGrantRequest,
  RoleOptions,
  SessionProbe,
  SessionResponse,
  UserList,
  UserListQuery,
  UserParams,
  UserUpdateRequest,
} from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, clearSessionCookie, requireAuth, setSessionCookie } from '../../http/auth-hooks.ts';
import type { Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/record.ts';
import { createUser } from './create-user.ts';
import { getMe } from './get-me.ts';
import { grantRole } from './grant-role.ts';
import { listDepartmentStaff } from './list-department-staff.ts';
import { listGridStaff } from './list-grid-staff.ts';
import { listRoles } from './list-roles.ts';
import { listUsers } from './list-users.ts';
import { login } from './login.ts';
import { resetPassword } from './reset-password.ts';
import { revokeRole } from './revoke-role.ts';
import { resolveSession, revokeSession } from './sessions.ts';
import { updateUser } from './update-user.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  409: ErrorResponse,
  429: ErrorResponse,
};
const adminErrors = { ...errors, 404: ErrorResponse };

export function authRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.post(
      '/api/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Log in with a password; sets the session cookie',
          body: LoginRequest,
          response: { 200: SessionResponse, ...errors },
        },
      },
      async (request, reply) => {
        const session = await login(deps, { ...request.body, ip: request.ip, requestId: request.id });
        setSessionCookie(reply, deps.config.cookieSecure, session.token, session.expiresAt);
        const found = await resolveSession(deps.db, session.token, deps.clock.now());
        if (found.status !== 'ok') throw new Error('session vanished after login');
        return {
          user: await getMe(deps.db, found.auth.user, request.locale),
          csrfToken: session.csrfToken,
          expiresAt: session.expiresAt.toISOString(),
        };
      },
    );

    app.post(
      '/api/auth/logout',
      { schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        const auth = requireAuth(request);
        await deps.db.transaction(async (tx) => {
          await revokeSession(tx, auth.sessionTokenHash);
          await recordAudit(tx, actorOf(request), deps.clock.now(), {
            action: 'auth.logout',
            entityType: 'user',
            entityId: auth.user.id,
          });
        });
        clearSessionCookie(reply);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The signed-in user and CSRF token',
          response: { 200: SessionResponse, ...errors },
        },
      },
      async (request) => {
        const auth = requireAuth(request);
        return {
          user: await getMe(deps.db, auth.user, request.locale),
          csrfToken: auth.csrfToken,
          expiresAt: auth.expiresAt.toISOString(),
        };
      },
    );

    app.get(
      '/api/auth/session',
      {
        schema: {
          tags: ['auth'],
          summary:
            'The session if there is one (200 with null when signed out), for pages deciding where to go',
          response: { 200: SessionProbe },
        },
      },
      async (request) => {
        const auth = request.auth;
        if (!auth) return { session: null };
        return {
          session: {
            user: await getMe(deps.db, auth.user, request.locale),
            csrfToken: auth.csrfToken,
            expiresAt: auth.expiresAt.toISOString(),
          },
        };
      },
    );

    app.get(
      '/api/auth/users',
      {
        schema: {
          tags: ['auth'],
          summary: 'Users holding roles in the administrator’s territory, a page at a time',
          querystring: UserListQuery,
          response: { 200: UserList, ...errors },
        },
      },
      async (request) => listUsers(deps, actorOf(request), request.locale, request.query),
    );

    app.post(
      '/api/auth/users',
      {
        schema: {
          tags: ['auth'],
          summary: 'Create a user with roles (administrators, inside their territory)',
          body: CreateUserRequest,
          response: { 201: z.object({ id: z.string() }), ...errors },
        },
      },
      async (request, reply) => {
        const created = await createUser(deps, actorOf(request), request.body);
        return reply.code(201).send(created);
      },
    );

    app.patch(
      '/api/auth/users/:id',
      {
        schema: {
          tags: ['auth'],
          summary: 'Rename, disable (ends their sessions) or enable a user (administrators)',
          description:
            'Account changes need every role of the user inside the administrator’s territory ' +
            '(403 AUTH_USER_BEYOND_TERRITORY otherwise).',
          params: UserParams,
          body: UserUpdateRequest,
          response: { 204: z.null(), ...adminErrors },
        },
      },
      async (request, reply) => {
        await updateUser(deps, actorOf(request), request.params.id, request.body);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/auth/users/:id/password',
      {
        schema: {
          tags: ['auth'],
          summary: 'Set a new password for a user (administrators); ends their sessions',
          params: UserParams,
          body: PasswordResetRequest,
          response: { 204: z.null(), ...adminErrors },
        },
      },
      async (request, reply) => {
        await resetPassword(deps, actorOf(request), request.params.id, request.body.password);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/auth/users/:id/roles',
      {
        schema: {
          tags: ['auth'],
          summary: 'Grant a user a role at a division or grid, or in a department (administrators)',
          params: UserParams,
          body: RoleGrantRequest,
          response: { 201: z.object({ id: z.string() }), ...adminErrors },
        },
      },
      async (request, reply) => {
        const granted = await grantRole(deps, actorOf(request), request.params.id, request.body);
        return reply.code(201).send(granted);
      },
    );

    app.delete(
      '/api/auth/users/:id/roles/:assignmentId',
      {
        schema: {
          tags: ['auth'],
          summary: 'Revoke one role assignment (administrators); a user keeps at least one role',
          params: AssignmentParams,
          response: { 204: z.null(), ...adminErrors },
        },
      },
      async (request, reply) => {
        await revokeRole(deps, actorOf(request), request.params.id, request.params.assignmentId);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/auth/roles',
      {
        schema: {
          tags: ['auth'],
          summary:
            'The roles an administrator can grant, and whether each is held at a place or in a department',
          response: { 200: RoleOptions, ...errors },
        },
      },
      async (request) => listRoles(actorOf(request), request.locale),
    );

    app.get(
      '/api/auth/assignments/grids',
      {
        schema: {
          tags: ['auth'],
          summary: 'Who works which grid: each grid in the territory with its leaders and workers',
          querystring: GridAssignmentsQuery,
          response: { 200: GridAssignments, ...adminErrors },
        },
      },
      async (request) => listGridStaff(deps, actorOf(request), request.locale, request.query),
    );

    app.get(
      '/api/auth/assignments/departments',
      {
        schema: {
          tags: ['auth'],
          summary: 'Who works for which department: handlers and professional forces on the grids',
          response: { 200: DepartmentAssignments, ...errors },
        },
      },
      async (request) => listDepartmentStaff(deps, actorOf(request), request.locale),
    );
  };
}
