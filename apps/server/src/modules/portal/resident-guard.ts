import type { FastifyRequest } from 'fastify';
import { requireAuth } from '../../http/auth-hooks.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor, AuthContext } from '../../http/types.ts';

/** The signed-in resident, or AUTH_REQUIRED / PORTAL_RESIDENTS_ONLY (staff use the console). */
export function requireResident(request: FastifyRequest): AuthContext {
  const auth = requireAuth(request);
  if (auth.user.kind !== 'resident') throw new AppError('PORTAL_RESIDENTS_ONLY');
  return auth;
}

export function residentActor(request: FastifyRequest): Actor {
  const auth = requireResident(request);
  return { userId: auth.user.id, name: auth.user.displayName, requestId: request.id, scope: auth.scope };
}
