import type { Role } from './roles.ts';

/**
 * A user's data scope: each role held at a territory path (ltree, e.g. "370102.370102009") or in a
 * department (which serves a jurisdiction path). Computed once per request from role_assignment.
 */
export interface ScopeGrant {
  role: Role;
  /** Territory node the role is held at; for department roles, the department's jurisdiction. */
  path: string;
  departmentId?: string;
}

export interface Scope {
  userId: string;
  grants: ScopeGrant[];
}

/** True when `path` is `ancestor` or lies under it (ltree `<@`). */
export function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

/**
 * The territory paths under which `scope` holds any of `roles`, reduced to the outermost ones
 * (a grant inside another adds nothing), for use as `path <@ ANY(...)` in SQL.
 */
export function pathsWithRole(scope: Scope, roles: readonly Role[]): string[] {
  const paths = [...new Set(scope.grants.filter((g) => roles.includes(g.role)).map((g) => g.path))];
  return paths.filter((p) => !paths.some((q) => q !== p && isWithin(p, q))).sort();
}

export function hasRoleAt(scope: Scope, roles: readonly Role[], path: string): boolean {
  return scope.grants.some((g) => roles.includes(g.role) && isWithin(path, g.path));
}

export function hasAnyRole(scope: Scope, roles: readonly Role[]): boolean {
  return scope.grants.some((g) => roles.includes(g.role));
}

/** The labels that every path shares from the root (the deepest common ancestor), e.g. for framing a map. */
export function commonAncestor(paths: readonly string[]): string[] {
  const labels = paths.map((p) => p.split('.'));
  const first = labels[0] ?? [];
  const common: string[] = [];
  for (let i = 0; i < first.length && labels.every((l) => l[i] === first[i]); i++) common.push(first[i]!);
  return common;
}
