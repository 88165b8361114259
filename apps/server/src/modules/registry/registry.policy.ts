import { hasRoleAt, isWithin, pathsWithRole, type Role, type Scope } from '@wangge/domain';

/** Who reads the registry: the staff of the territory (departments and volunteers do not). */
const READERS: readonly Role[] = [
  'admin',
  'leader',
  'subdistrictDispatcher',
  'communityStaff',
  'gridLeader',
  'gridWorker',
];
/** Who keeps it current: those who collect it (grid workers) and the offices above them. */
const EDITORS: readonly Role[] = [
  'admin',
  'subdistrictDispatcher',
  'communityStaff',
  'gridLeader',
  'gridWorker',
];
/** Who may see a personal number in the clear, with a stated reason: those who must call or visit. */
const REVEALERS: readonly Role[] = [
  'admin',
  'subdistrictDispatcher',
  'communityStaff',
  'gridLeader',
  'gridWorker',
];
/** Bulk operations: spreadsheet imports and exports are office work. */
const BULK: readonly Role[] = ['admin', 'subdistrictDispatcher', 'communityStaff'];
/** Bringing back a deleted record: the offices; purging before its time: administrators. */
const RESTORERS: readonly Role[] = ['admin', 'subdistrictDispatcher', 'communityStaff'];
const AUDITORS: readonly Role[] = ['admin'];

/**
 * The registry's policy: role × territory. A record's path is its grid's; anything outside the
 * caller's paths for the operation answers 404 (reading) as if it did not exist.
 */
export const registryPolicy = {
  readPaths: (scope: Scope) => pathsWithRole(scope, READERS),
  canRead: (scope: Scope, path: string) => hasRoleAt(scope, READERS, path),
  canEdit: (scope: Scope, path: string) => hasRoleAt(scope, EDITORS, path),
  editPaths: (scope: Scope) => pathsWithRole(scope, EDITORS),
  canReveal: (scope: Scope, path: string) => hasRoleAt(scope, REVEALERS, path),
  bulkPaths: (scope: Scope) => pathsWithRole(scope, BULK),
  canBulk: (scope: Scope, path: string) => hasRoleAt(scope, BULK, path),
  canRestore: (scope: Scope, path: string) => hasRoleAt(scope, RESTORERS, path),
  restorePaths: (scope: Scope) => pathsWithRole(scope, RESTORERS),
  auditPaths: (scope: Scope) => pathsWithRole(scope, AUDITORS),
  /** The roles the caller holds over a record's path: what decides which care groups they see. */
  rolesAt: (scope: Scope, path: string): Role[] => [
    ...new Set(scope.grants.filter((g) => isWithin(path, g.path)).map((g) => g.role)),
  ],
};
