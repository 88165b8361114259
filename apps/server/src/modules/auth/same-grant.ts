import { DEPARTMENT_ROLES, type Role } from '@wangge/domain';

interface GrantKey {
  role: string;
  scopePath: string | null;
  departmentId: string | null;
}

/**
 * Two assignments of the same role at the same place (and department) are one too many. A
 * department role is held in its department wherever its row's path points (the demo seed gives
 * handlers their district's path, the API none).
 */
export const sameGrant = (a: GrantKey, b: GrantKey) =>
  a.role === b.role &&
  a.departmentId === b.departmentId &&
  (DEPARTMENT_ROLES.includes(a.role as Role) || a.scopePath === b.scopePath);
