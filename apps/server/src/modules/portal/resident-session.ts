import type { ResidentSession } from '@wangge/contracts';
import { one, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { setSessionCookie } from '../../http/auth-hooks.ts';
import type { Deps } from '../../http/types.ts';
import { createSession } from '../auth/index.ts';

/** Residents stay signed in for 30 days on their phone (staff sessions are short). */
export const RESIDENT_SESSION_HOURS = 24 * 30;

/** Starts a session for a resident and sets its cookie; answers what the resident pages need. */
export async function startResidentSession(
  tx: Tx,
  deps: Deps,
  reply: FastifyReply,
  userId: string,
  ip: string,
  trackingPath: string | null,
): Promise<ResidentSession> {
  const now = deps.clock.now();
  const session = await createSession(tx, userId, now, RESIDENT_SESSION_HOURS, ip);
  setSessionCookie(reply, deps.config.cookieSecure, session.token, session.expiresAt);
  return describeResident(tx, userId, session.csrfToken, session.expiresAt, trackingPath);
}

export async function describeResident(
  db: Tx,
  userId: string,
  csrfToken: string,
  expiresAt: Date,
  trackingPath: string | null,
): Promise<ResidentSession> {
  const u = await one<{ display_name: string; phone_masked: string | null; anonymous: boolean }>(
    db,
    sql`SELECT display_name, phone_masked, EXISTS (SELECT 1 FROM resident_link l WHERE l.user_id = u.id) AS anonymous
        FROM app_user u WHERE id = ${userId}`,
  );
  return {
    kind: u!.phone_masked ? 'phone' : u!.anonymous ? 'anonymous' : 'account',
    displayName: u!.display_name,
    phoneMasked: u!.phone_masked,
    csrfToken,
    expiresAt: expiresAt.toISOString(),
    trackingPath,
  };
}

export const trackingPathOf = (token: string) => `/m/t/${token}`;
