import { hasRoleAt, pathsWithRole, type Role, type Scope } from '@wangge/domain';

/** Who may manage users and roles: administrators, inside their own territory. */
const USER_ADMINS: readonly Role[] = ['admin'];

export const authPolicy = {
  userAdminPaths: (scope: Scope) => pathsWithRole(scope, USER_ADMINS),
  canGrantAt: (scope: Scope, path: string) => hasRoleAt(scope, USER_ADMINS, path),
};
