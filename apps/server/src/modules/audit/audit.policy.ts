import { pathsWithRole, type Role, type Scope } from '@wangge/domain';

/** Only administrators read the audit log, and only for the districts they administer. */
const AUDIT_READERS: readonly Role[] = ['admin'];

export const auditPolicy = {
  readableDistricts: (scope: Scope) => [
    ...new Set(pathsWithRole(scope, AUDIT_READERS).map((p) => p.split('.')[0]!)),
  ],
};
