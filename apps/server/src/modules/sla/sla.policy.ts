import { hasAnyRole, type Role, type Scope } from '@wangge/domain';

/**
 * The holiday calendar and time-limit settings are deployment-wide: every staff member reads them
 * (deadlines depend on them); administrators edit them.
 */
const SLA_EDITORS: readonly Role[] = ['admin'];

export const slaPolicy = {
  canEdit: (scope: Scope) => hasAnyRole(scope, SLA_EDITORS),
};
