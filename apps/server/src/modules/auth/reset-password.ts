import { schema } from '@wangge/db';
import { hashPasswordAsync, passwordProblem } from '@wangge/domain';
import { eq } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/record.ts';
import { authPolicy } from './auth.policy.ts';
import { loadManagedUser } from './managed-user.ts';
import { districtOf } from './resolve-grant.ts';

/**
 * An administrator sets a new password for an account whose every role lies inside the territory
 * (the person forgot theirs). Their sessions end and a login lock on their name is lifted; the
 * password itself is never logged. Administrators do not reset their own here.
 */
export async function resetPassword(deps: Deps, actor: Actor, userId: string, password: string) {
  if (authPolicy.userAdminPaths(actor.scope).length === 0) throw new AppError('FORBIDDEN');
  if (passwordProblem(password)) throw new AppError('AUTH_PASSWORD_WEAK');
  // scrypt is slow by design: hashed before the transaction, so no lock is held meanwhile.
  const passwordHash = await hashPasswordAsync(password);
  await deps.db.transaction(async (tx) => {
    const user = await loadManagedUser(tx, actor, userId, 'account');
    if (user.id === actor.userId) throw new AppError('AUTH_SELF_CHANGE');
    await tx.update(schema.appUser).set({ passwordHash }).where(eq(schema.appUser.id, user.id));
    await tx.delete(schema.userSession).where(eq(schema.userSession.userId, user.id));
    await tx
      .delete(schema.loginThrottle)
      .where(eq(schema.loginThrottle.key, `user:${user.username.toLowerCase()}`));
    await recordAudit(tx, actor, deps.clock.now(), {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
      districtCode: user.grants[0] ? districtOf(user.grants[0].reach) : null,
      after: { username: user.username },
    });
  });
}
