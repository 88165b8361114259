import type { UserUpdateRequest } from '@wangge/contracts';
import { schema } from '@wangge/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/record.ts';
import { loadManagedUser } from './managed-user.ts';
import { districtOf } from './resolve-grant.ts';

/**
 * Renames, disables or enables an account whose every role lies inside the territory. Disabling
 * ends the user's sessions at once; nothing else about them (roles, history) changes.
 */
export async function updateUser(deps: Deps, actor: Actor, userId: string, input: UserUpdateRequest) {
  await deps.db.transaction(async (tx) => {
    const user = await loadManagedUser(tx, actor, userId, 'account');
    if (input.disabled === true && user.id === actor.userId) throw new AppError('AUTH_SELF_CHANGE');
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (input.displayName !== undefined && input.displayName !== user.displayName) {
      before.displayName = user.displayName;
      after.displayName = input.displayName;
    }
    if (input.disabled !== undefined && input.disabled !== user.disabled) {
      before.disabled = user.disabled;
      after.disabled = input.disabled;
    }
    if (Object.keys(after).length === 0) return;
    await tx.update(schema.appUser).set(after).where(eq(schema.appUser.id, user.id));
    if (after.disabled === true) {
      await tx.delete(schema.userSession).where(eq(schema.userSession.userId, user.id));
    }
    const action =
      after.disabled === true ? 'user.disable' : after.disabled === false ? 'user.enable' : 'user.update';
    await recordAudit(tx, actor, deps.clock.now(), {
      action,
      entityType: 'user',
      entityId: user.id,
      districtCode: user.grants[0] ? districtOf(user.grants[0].reach) : null,
      before,
      after,
    });
  });
}
