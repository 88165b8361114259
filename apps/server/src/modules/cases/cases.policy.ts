import {
  ASSIGNEE_ACTIONS,
  CASE_READERS,
  type CaseActionType,
  type CaseLevel,
  hasRoleAt,
  isWithin,
  pathsWithRole,
  type Role,
  rolesFor,
  type Scope,
} from '@wangge/domain';
import { orgPolicy } from '../org/org.policy.ts';

export interface CaseRef {
  path: string;
  level: CaseLevel;
  reporterId: string | null;
}

export interface AssignmentRef {
  id: string;
  territoryPath: string | null;
  departmentId: string | null;
  role: 'lead' | 'assist';
  state: 'dispatched' | 'claimed' | 'done' | 'returned' | 'withdrawn';
  claimedBy: string | null;
}

/** Who works an assignment at a territory node, by the node's depth (subdistrict 2, community 3, grid 4). */
const HANDLERS_AT_DEPTH: Record<number, readonly Role[]> = {
  2: ['subdistrictDispatcher'],
  3: ['communityStaff'],
  4: ['gridWorker', 'gridLeader'],
};

/** Dispatching roles by the case's level: a community office handles grid and community cases. */
const DISPATCHERS_FOR_LEVEL: Record<CaseLevel, readonly Role[]> = {
  grid: ['communityStaff', 'subdistrictDispatcher', 'hotlineOperator'],
  community: ['communityStaff', 'subdistrictDispatcher', 'hotlineOperator'],
  subdistrict: ['subdistrictDispatcher', 'hotlineOperator'],
  department: ['subdistrictDispatcher', 'hotlineOperator'],
};

const ACTIVE = new Set(['dispatched', 'claimed']);

/** The caller's active assignment on a case (their lead one first), if any. */
export function assignmentOf(scope: Scope, assignments: readonly AssignmentRef[]): AssignmentRef | undefined {
  const mine = assignments.filter((a) => ACTIVE.has(a.state) && holds(scope, a));
  return mine.find((a) => a.role === 'lead') ?? mine[0];
}

function holds(scope: Scope, a: AssignmentRef): boolean {
  if (a.departmentId) {
    return scope.grants.some((g) => g.role === 'departmentHandler' && g.departmentId === a.departmentId);
  }
  const path = a.territoryPath ?? '';
  const roles = HANDLERS_AT_DEPTH[path.split('.').length] ?? [];
  return scope.grants.some((g) => roles.includes(g.role) && isWithin(path, g.path));
}

export const casePolicy = {
  /**
   * Territory in which the caller sees every case. Departments see what is dispatched to them, and
   * building leaders, unit leaders and volunteers their own reports: cases carry residents' names.
   */
  readPaths: (scope: Scope) => pathsWithRole(scope, CASE_READERS),
  departmentIds: (scope: Scope) =>
    scope.grants.filter((g) => g.role === 'departmentHandler' && g.departmentId).map((g) => g.departmentId!),

  canSee(scope: Scope, c: CaseRef, assignments: readonly AssignmentRef[]): boolean {
    if (c.reporterId === scope.userId) return true;
    if (orgPolicy.canReadInside(casePolicy.readPaths(scope), c.path)) return true;
    const departments = new Set(casePolicy.departmentIds(scope));
    return assignments.some((a) => a.departmentId && departments.has(a.departmentId));
  },

  /**
   * May the caller take `action` on the case? Roles from the domain's action table; then scope:
   * assignee actions need an active assignment of theirs, evaluation is the reporter's (or the
   * hotline's on the caller's behalf), everything else needs the role over the case's territory.
   */
  mayAct(scope: Scope, action: CaseActionType, c: CaseRef, assignments: readonly AssignmentRef[]): boolean {
    const roles = rolesFor(action);
    if (roles.length === 0) return false;
    if (ASSIGNEE_ACTIONS.includes(action)) return assignmentOf(scope, assignments) !== undefined;
    if (action === 'escalate') {
      return (
        assignmentOf(scope, assignments) !== undefined ||
        hasRoleAt(
          scope,
          DISPATCHERS_FOR_LEVEL[c.level].filter((r) => r !== 'hotlineOperator'),
          c.path,
        )
      );
    }
    // Only a resident withdraws, and only their own report.
    if (action === 'cancel')
      return c.reporterId === scope.userId && scope.grants.some((g) => roles.includes(g.role));
    if (action === 'evaluate') {
      return (
        c.reporterId === scope.userId ||
        hasRoleAt(scope, ['hotlineOperator', 'subdistrictDispatcher'], c.path)
      );
    }
    if (['accept', 'reject', 'merge', 'dispatch', 'decide_extension', 'close', 'followup'].includes(action)) {
      return hasRoleAt(
        scope,
        roles.filter((r) => DISPATCHERS_FOR_LEVEL[c.level].includes(r)),
        c.path,
      );
    }
    return hasRoleAt(scope, roles, c.path);
  },
};
