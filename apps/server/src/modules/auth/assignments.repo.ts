import type { Assignment } from '@wangge/contracts';
import { isRole, ROLE_LABELS } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Locale } from '../../http/errors.ts';
import { withinPaths } from '../../lib/sql.ts';

/** How far a role assignment reaches: its territory node, or its department's jurisdiction. */
export const reachOf = (ra: string, d: string): SQL =>
  sql.raw(`COALESCE(${ra}.scope_path, ${d}.jurisdiction)`);

/** Role assignments (alias `ra`, department `d`) reaching inside `paths`. */
export const assignmentsWithin = (paths: readonly string[]): SQL => withinPaths(reachOf('ra', 'd'), paths);

/**
 * One assignment as a JSON object, named by its territory node (`dv`/`g` joined on the path) and
 * department (`d`); read back with `toAssignment`.
 */
export const assignmentJson = sql`json_build_object('id', ra.id, 'role', ra.role, 'path', ra.scope_path::text,
  'scopeName', COALESCE(dv.name, g.name), 'departmentId', ra.department_id, 'departmentName', d.name,
  'force', ra.force, 'employment', ra.employment)`;

/** The joins `assignmentJson` needs after `role_assignment ra`. */
export const assignmentJoins = sql`LEFT JOIN department d ON d.id = ra.department_id
  LEFT JOIN division dv ON dv.path = ra.scope_path
  LEFT JOIN grid g ON g.path = ra.scope_path`;

export interface AssignmentRow {
  id: string;
  role: string;
  path: string | null;
  scopeName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  force: Assignment['force'];
  employment: Assignment['employment'];
}

export const roleLabel = (role: string, locale: Locale) => (isRole(role) ? ROLE_LABELS[role][locale] : role);

export function toAssignment(r: AssignmentRow, locale: Locale): Assignment {
  return {
    id: r.id,
    role: r.role,
    roleLabel: roleLabel(r.role, locale),
    scopePath: r.path,
    scopeCode: r.path ? (r.path.split('.').at(-1) ?? null) : null,
    scopeName: r.scopeName,
    departmentId: r.departmentId,
    departmentName: r.departmentName,
    force: r.force,
    employment: r.employment,
  };
}
