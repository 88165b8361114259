import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession } from '../modules/auth/sessions.ts';
import { AppError } from './errors.ts';
import { pickLocale } from './locale.ts';
import type { Actor, AuthContext, Deps } from './types.ts';

export const SESSION_COOKIE = 'wangge_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Logging in replaces the session; login CSRF is blocked by accepting JSON bodies only.
// Signing in replaces whatever session the cookie holds, so it needs no token of that session.
const CSRF_EXEMPT = new Set([
  '/api/auth/login',
  '/api/portal/sms-code',
  '/api/portal/login',
  '/api/portal/anonymous',
  '/api/portal/link-login',
]);
/** Requests that came with a session cookie that has expired or been revoked. */
const expiredRequests = new WeakSet<FastifyRequest>();

/**
 * Resolves the session cookie on every request, and checks the CSRF token on every
 * cookie-authenticated write (the token comes with login and GET /api/auth/me).
 */
export function registerAuthHooks(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('auth', null);
  app.decorateRequest('locale', 'zh-CN');
  app.addHook('onRequest', async (request, reply) => {
    request.locale = pickLocale(request.headers['accept-language']);
    if (!request.url.startsWith('/api/')) return;
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return clearSessionCookie(reply);
    const found = await resolveSession(deps.db, unsigned.value, deps.clock.now());
    if (found.status !== 'ok') {
      // A revoked session reads as expired too: either way the user must log in again.
      expiredRequests.add(request);
      return clearSessionCookie(reply);
    }
    request.auth = found.auth;
    if (
      !SAFE_METHODS.has(request.method) &&
      !CSRF_EXEMPT.has(request.url) &&
      !csrfMatches(request.headers['x-csrf-token'], found.auth.csrfToken)
    ) {
      throw new AppError('AUTH_CSRF_INVALID');
    }
  });
}

function csrfMatches(header: string | string[] | undefined, expected: string): boolean {
  if (typeof header !== 'string') return false;
  const a = Buffer.from(header);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The session cookie: HTTP-only, same-site lax, signed with the session secret. */
export function setSessionCookie(reply: FastifyReply, secure: boolean, token: string, expires: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    signed: true,
    expires,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The signed-in caller, or AUTH_REQUIRED. */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth)
    throw new AppError(expiredRequests.has(request) ? 'AUTH_SESSION_EXPIRED' : 'AUTH_REQUIRED');
  return request.auth;
}

/** The signed-in staff member, or AUTH_REQUIRED / AUTH_STAFF_ONLY. */
export function requireStaff(request: FastifyRequest): AuthContext {
  const auth = requireAuth(request);
  if (auth.user.kind !== 'staff') throw new AppError('AUTH_STAFF_ONLY');
  return auth;
}

export function actorOf(request: FastifyRequest): Actor {
  const auth = requireAuth(request);
  return { userId: auth.user.id, name: auth.user.displayName, requestId: request.id, scope: auth.scope };
}
