import type { RoleOptions } from '@wangge/contracts';
import { DEPARTMENT_ROLES, ROLE_LABELS, ROLES, STAFF_ROLES } from '@wangge/domain';
import { AppError, type Locale } from '../../http/errors.ts';
import type { Actor } from '../../http/types.ts';
import { authPolicy } from './auth.policy.ts';

/** The roles an administrator can grant, named in the caller's language, with what each is held at. */
export function listRoles(actor: Actor, locale: Locale): RoleOptions {
  if (authPolicy.userAdminPaths(actor.scope).length === 0) throw new AppError('FORBIDDEN');
  return {
    items: ROLES.map((role) => ({
      role,
      label: ROLE_LABELS[role][locale],
      target: DEPARTMENT_ROLES.includes(role) ? ('department' as const) : ('territory' as const),
      staff: STAFF_ROLES.includes(role),
    })),
  };
}
