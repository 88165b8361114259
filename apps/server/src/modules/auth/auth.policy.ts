import { hasRoleAt, pathsWithRole, type Role, type Scope } from '@wangge/domain';

/** Who may manage users and roles: administrators, inside their own territory. */
const USER_ADMINS: readonly Role[] = ['admin'];

export const authPolicy = {
  userAdminPaths: (scope: Scope) => pathsWithRole(scope, USER_ADMINS),
  canGrantAt: (scope: Scope, path: string) => hasRoleAt(scope, USER_ADMINS, path),
  /** A user is visible to an administrator when one of their roles reaches inside the territory. */
  canSeeUser: (scope: Scope, grantPaths: readonly string[]) =>
    grantPaths.some((p) => hasRoleAt(scope, USER_ADMINS, p)),
  /**
   * Changes to the account itself (disable, rename, password) need every one of its roles inside the
   * administrator's territory: otherwise one district's administrator could take over an account
   * that holds roles, perhaps administrator, in another.
   */
  canManageAccount: (scope: Scope, grantPaths: readonly string[]) =>
    grantPaths.length > 0 && grantPaths.every((p) => hasRoleAt(scope, USER_ADMINS, p)),
};
