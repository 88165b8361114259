import { isWithin, pathsWithRole, type Role, type Scope } from '@wangge/domain';

/**
 * Who reads the figures, and of what: leaders, administrators and the command centre their
 * territory, community staff their community, grid leaders their grids (STATS_READERS at their
 * paths); department handlers the cases dispatched to their department. Everyone else: 403.
 */
const STATS_READERS: readonly Role[] = [
  'admin',
  'leader',
  'subdistrictDispatcher',
  'communityStaff',
  'gridLeader',
];

export const statsPolicy = {
  territoryPaths: (scope: Scope) => pathsWithRole(scope, STATS_READERS),
  departmentIds: (scope: Scope) => [
    ...new Set(
      scope.grants
        .filter((g) => g.role === 'departmentHandler' && g.departmentId)
        .map((g) => g.departmentId!),
    ),
  ],
  /** Where the caller's units lie: their territory, and their departments' jurisdictions. */
  unitPaths: (scope: Scope) => pathsWithRole(scope, [...STATS_READERS, 'departmentHandler']),
  canRead: (scope: Scope) => statsPolicy.unitPaths(scope).length > 0,
  /** A division narrows the figures when it lies in (or frames) the caller's units. */
  canNarrowTo: (scope: Scope, path: string) =>
    statsPolicy.unitPaths(scope).some((p) => isWithin(path, p) || isWithin(p, path)),
};
