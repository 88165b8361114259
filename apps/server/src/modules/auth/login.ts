import { rows, schema } from '@wangge/db';
import {
  ADDRESS_THROTTLE,
  afterFailure,
  lockRemainingMs,
  type ThrottleState,
  USERNAME_THROTTLE,
  verifyPasswordAsync,
} from '@wangge/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/record.ts';
import { createSession } from './sessions.ts';

// Compared against when the username is unknown, so that the answer takes as long either way.
const DUMMY_HASH = 'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  requestId: string;
}

export async function login(deps: Deps, input: LoginInput) {
  const now = deps.clock.now();
  const userKey = `user:${input.username.toLowerCase()}`;
  const ipKey = `ip:${input.ip ?? 'unknown'}`;
  const states = await loadThrottle(deps, [userKey, ipKey]);
  const wait = Math.max(lockRemainingMs(states.get(userKey), now), lockRemainingMs(states.get(ipKey), now));
  if (wait > 0) {
    throw new AppError(
      'AUTH_THROTTLED',
      { retryAfterSeconds: Math.ceil(wait / 1000) },
      { minutes: Math.ceil(wait / 60_000) },
    );
  }

  const [user] = await rows<{
    id: string;
    display_name: string;
    password_hash: string | null;
    disabled: boolean;
  }>(
    deps.db,
    sql`SELECT id, display_name, password_hash, disabled FROM app_user WHERE lower(username) = lower(${input.username})`,
  );
  const passwordOk = await verifyPasswordAsync(input.password, user?.password_hash ?? DUMMY_HASH);
  const ok = Boolean(user?.password_hash && !user.disabled && passwordOk);

  if (!ok || !user) {
    await deps.db.transaction(async (tx) => {
      for (const [key, policy] of [
        [userKey, USERNAME_THROTTLE],
        [ipKey, ADDRESS_THROTTLE],
      ] as const) {
        const next = afterFailure(states.get(key), now, policy);
        await tx
          .insert(schema.loginThrottle)
          .values({ key, ...next })
          .onConflictDoUpdate({ target: schema.loginThrottle.key, set: next });
      }
      await recordAudit(tx, { userId: null, name: null, requestId: input.requestId, scope: noScope }, now, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        after: { username: input.username, ip: input.ip },
      });
    });
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }

  return deps.db.transaction(async (tx) => {
    await tx.delete(schema.loginThrottle).where(eq(schema.loginThrottle.key, userKey));
    const session = await createSession(tx, user.id, now, deps.config.sessionHours, input.ip);
    await recordAudit(
      tx,
      { userId: user.id, name: user.display_name, requestId: input.requestId, scope: noScope },
      now,
      { action: 'auth.login', entityType: 'user', entityId: user.id, after: { ip: input.ip } },
    );
    return { ...session, userId: user.id };
  });
}

const noScope = { userId: '', grants: [] };

async function loadThrottle(deps: Deps, keys: string[]): Promise<Map<string, ThrottleState>> {
  const found = await deps.db
    .select()
    .from(schema.loginThrottle)
    .where(inArray(schema.loginThrottle.key, keys));
  return new Map(
    found.map((r) => [
      r.key,
      { failures: r.failures, windowStart: r.windowStart, lockedUntil: r.lockedUntil },
    ]),
  );
}
