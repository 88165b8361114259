import { one, rows, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../http/types.ts';
import { reachOf } from './assignments.repo.ts';
import { authPolicy } from './auth.policy.ts';

export interface ManagedUser {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  grants: Array<{
    id: string;
    role: string;
    scopePath: string | null;
    departmentId: string | null;
    /** The territory node, or the department's jurisdiction. */
    reach: string;
  }>;
}

/**
 * Loads and locks a user an administrator is about to change. A user with no role inside the
 * territory does not exist for them (404); `account` changes (disable, rename, password) need
 * every role inside it.
 */
export async function loadManagedUser(
  tx: Tx,
  actor: Actor,
  userId: string,
  need: 'visible' | 'account',
): Promise<ManagedUser> {
  if (authPolicy.userAdminPaths(actor.scope).length === 0) throw new AppError('FORBIDDEN');
  // Locked so that concurrent changes to one user's roles (say, revoking the last two) go one by one.
  const user = await one<{ id: string; username: string; display_name: string; disabled: boolean }>(
    tx,
    sql`SELECT id, username, display_name, disabled FROM app_user WHERE id = ${userId} FOR UPDATE`,
  );
  const grants = user
    ? await rows<ManagedUser['grants'][number]>(
        tx,
        sql`SELECT ra.id, ra.role, ra.scope_path::text AS "scopePath", ra.department_id AS "departmentId",
                   ${reachOf('ra', 'd')}::text AS reach
            FROM role_assignment ra LEFT JOIN department d ON d.id = ra.department_id
            WHERE ra.user_id = ${userId} ORDER BY ra.created_at`,
      )
    : [];
  const reaches = grants.map((g) => g.reach);
  if (!user || !authPolicy.canSeeUser(actor.scope, reaches)) throw new AppError('AUTH_USER_NOT_FOUND');
  if (need === 'account' && !authPolicy.canManageAccount(actor.scope, reaches))
    throw new AppError('AUTH_USER_BEYOND_TERRITORY');
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    disabled: user.disabled,
    grants,
  };
}
