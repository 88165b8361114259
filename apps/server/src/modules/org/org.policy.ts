import { isWithin, pathsWithRole, type Role, type Scope, STAFF_ROLES } from '@wangge/domain';

/** Staff who see the territory inside their scope (a department: its jurisdiction). */
const TERRITORY_READERS: readonly Role[] = STAFF_ROLES;
/** Who draws and imports grids and checks their coverage: administrators and the subdistrict command centre. */
const TERRITORY_MANAGERS: readonly Role[] = ['admin', 'subdistrictDispatcher'];
/** Who imports the national division codes of a county. */
const DIVISION_IMPORTERS: readonly Role[] = ['admin'];

export const orgPolicy = {
  readPaths: (scope: Scope) => pathsWithRole(scope, TERRITORY_READERS),
  managePaths: (scope: Scope) => pathsWithRole(scope, TERRITORY_MANAGERS),
  importDivisionPaths: (scope: Scope) => pathsWithRole(scope, DIVISION_IMPORTERS),
  /** A node is visible when it lies in scope, or is an ancestor of something in scope (for the tree and map frame). */
  canSeeNode: (paths: string[], path: string) => paths.some((p) => isWithin(path, p) || isWithin(p, path)),
  canReadInside: (paths: string[], path: string) => paths.some((p) => isWithin(path, p)),
};
