import { hasRoleAt, pathsWithRole, type Role, type Scope } from '@wangge/domain';

/** Who issues and revokes Open311 client keys: administrators, for the districts they administer. */
const CLIENT_ADMINS: readonly Role[] = ['admin'];

export const open311Policy = {
  /** The territory whose clients an administrator sees (none: not an administrator). */
  clientAdminPaths: (scope: Scope) => pathsWithRole(scope, CLIENT_ADMINS),
  /** A client belongs to a district (a one-label path): it must lie inside an administrator's grant. */
  canManageIn: (scope: Scope, districtCode: string) => hasRoleAt(scope, CLIENT_ADMINS, districtCode),
  /** The districts an administrator holds as a whole: where a key is issued when none is named. */
  ownDistricts: (scope: Scope) => pathsWithRole(scope, CLIENT_ADMINS).filter((p) => !p.includes('.')),
  /**
   * What a client application may do when it files a report: what a resident of its district may
   * (report through the public channel, to be verified on site), and nothing else.
   */
  clientScope: (clientId: string, districtPath: string): Scope => ({
    userId: `open311:${clientId}`,
    grants: [{ role: 'resident', path: districtPath }],
  }),
};
