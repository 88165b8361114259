import type { ResidentSession } from '@wangge/contracts';
import { one } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../http/errors.ts';
import type { Deps } from '../../http/types.ts';
import { takeRate } from '../../lib/rate-limit.ts';
import { recordAudit } from '../audit/index.ts';
import { hashToken } from '../auth/index.ts';
import { createResidentAccount, randomToken } from './resident-account.ts';
import { startResidentSession, trackingPathOf } from './resident-session.ts';

/**
 * 匿名上报: an account with no name and no number, and a private tracking link (a 192-bit token, only
 * its hash kept) that signs its holder in again from any device. Limited per address.
 */
export async function startAnonymous(
  deps: Deps,
  reply: FastifyReply,
  input: { ip: string; requestId: string },
): Promise<ResidentSession> {
  const now = deps.clock.now();
  await takeRate(deps.db, 'anonymousPerAddress', input.ip, now);
  const token = randomToken();
  return deps.db.transaction(async (tx) => {
    const userId = await createResidentAccount(tx, {
      username: `anon_${randomToken(9)}`.replace(/[^A-Za-z0-9_]/g, 'x'),
      displayName: '匿名居民',
      phoneHash: null,
      phoneMasked: null,
    });
    await tx.execute(
      sql`INSERT INTO resident_link (token_hash, user_id, created_at) VALUES (${hashToken(token)}, ${userId}, ${now})`,
    );
    await recordAudit(
      tx,
      { userId, name: null, requestId: input.requestId, scope: { userId, grants: [] } },
      now,
      {
        action: 'portal.anonymous',
        entityType: 'user',
        entityId: userId,
        after: { ip: input.ip },
      },
    );
    return startResidentSession(tx, deps, reply, userId, input.ip, trackingPathOf(token));
  });
}

/** The private link signs its holder in to the anonymous account it belongs to. */
export async function linkLogin(
  deps: Deps,
  reply: FastifyReply,
  input: { token: string; ip: string },
): Promise<ResidentSession> {
  const now = deps.clock.now();
  await takeRate(deps.db, 'anonymousPerAddress', `link:${input.ip}`, now);
  return deps.db.transaction(async (tx) => {
    const link = await one<{ user_id: string; disabled: boolean }>(
      tx,
      sql`SELECT l.user_id, u.disabled FROM resident_link l JOIN app_user u ON u.id = l.user_id
          WHERE l.token_hash = ${hashToken(input.token)}`,
    );
    if (!link) throw new AppError('PORTAL_LINK_UNKNOWN');
    if (link.disabled) throw new AppError('PORTAL_ACCOUNT_DISABLED');
    return startResidentSession(tx, deps, reply, link.user_id, input.ip, trackingPathOf(input.token));
  });
}

/** A new private link for the signed-in anonymous resident (the old ones stop working). */
export async function renewLink(deps: Deps, userId: string): Promise<string> {
  const token = randomToken();
  await deps.db.transaction(async (tx) => {
    const had = await one<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM resident_link WHERE user_id = ${userId}`,
    );
    if (!had?.n) throw new AppError('PORTAL_ANONYMOUS_ONLY');
    await tx.execute(sql`DELETE FROM resident_link WHERE user_id = ${userId}`);
    await tx.execute(
      sql`INSERT INTO resident_link (token_hash, user_id, created_at) VALUES (${hashToken(token)}, ${userId}, ${deps.clock.now()})`,
    );
  });
  return trackingPathOf(token);
}
