import { createHash, randomBytes } from 'node:crypto';
import { rows, schema, type Tx } from '@wangge/db';
import { eq, sql } from 'drizzle-orm';
import type { AuthContext } from '../../http/types.ts';
import { grantsJson, toScope } from './load-scope.ts';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  tx: Tx,
  userId: string,
  now: Date,
  hours: number,
  ip: string | null,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await tx.insert(schema.userSession).values({
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    createdAt: now,
    expiresAt,
    lastSeenAt: now,
    ip,
  });
  return { token, csrfToken, expiresAt };
}

export type SessionLookup = { status: 'ok'; auth: AuthContext } | { status: 'expired' } | { status: 'none' };

/** Resolves a cookie token; an expired session is deleted and reported as such. */
export async function resolveSession(db: Tx, token: string, now: Date): Promise<SessionLookup> {
  const tokenHash = hashToken(token);
  const [row] = await rows<{
    user_id: string;
    csrf_token: string;
    expires_at: Date;
    last_seen_at: Date;
    username: string;
    display_name: string;
    kind: 'staff' | 'resident';
    locale: 'zh-CN' | 'en';
    disabled: boolean;
    grants: Parameters<typeof toScope>[1];
  }>(
    db,
    sql`SELECT s.user_id, s.csrf_token, s.expires_at, s.last_seen_at, u.username, u.display_name, u.kind, u.locale, u.disabled,
               ${grantsJson(sql`s.user_id`)} AS grants
        FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = ${tokenHash}`,
  );
  if (!row || row.disabled) return { status: 'none' };
  const expiresAt = new Date(row.expires_at);
  if (expiresAt <= now) {
    await db.delete(schema.userSession).where(eq(schema.userSession.tokenHash, tokenHash));
    return { status: 'expired' };
  }
  // Touch at most once a minute: reads should not turn every request into a write.
  if (now.getTime() - new Date(row.last_seen_at).getTime() > 60_000) {
    await db
      .update(schema.userSession)
      .set({ lastSeenAt: now })
      .where(eq(schema.userSession.tokenHash, tokenHash));
  }
  return {
    status: 'ok',
    auth: {
      user: {
        id: row.user_id,
        username: row.username,
        displayName: row.display_name,
        kind: row.kind,
        locale: row.locale,
      },
      scope: toScope(row.user_id, row.grants),
      sessionTokenHash: tokenHash,
      csrfToken: row.csrf_token,
      expiresAt,
    },
  };
}

export async function revokeSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.delete(schema.userSession).where(eq(schema.userSession.tokenHash, tokenHash));
}
