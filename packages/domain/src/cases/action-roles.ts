import { RESIDENT_ROLES, type Role } from '../auth/roles.ts';
import type { CaseActionType } from './workflow.ts';

/**
 * Which roles may take each action. Roles are necessary, not sufficient: the server also checks
 * scope (the case lies in the caller's territory, or is assigned to the caller's department or
 * node) in cases.policy.ts. `system` actions are taken by the worker, never by a user.
 */
const GRID_STAFF: readonly Role[] = ['gridWorker', 'gridLeader'];
const DISPATCHERS: readonly Role[] = ['communityStaff', 'subdistrictDispatcher'];
/** Whoever a case can be assigned to: the grid, the community office, the command centre, departments. */
const HANDLERS: readonly Role[] = [
  ...GRID_STAFF,
  'communityStaff',
  'subdistrictDispatcher',
  'departmentHandler',
];

/**
 * Who sees every case in their territory (and its photos). Departments see what is dispatched to
 * them; building and unit leaders, volunteers and residents see their own reports: cases carry
 * residents' names and numbers.
 */
export const CASE_READERS: readonly Role[] = [
  'admin',
  'leader',
  'subdistrictDispatcher',
  'hotlineOperator',
  'communityStaff',
  'gridLeader',
  'gridWorker',
];

export const ACTION_ROLES: Record<CaseActionType, readonly Role[] | 'system'> = {
  report: [
    'resident',
    'volunteer',
    'registeredMember',
    ...GRID_STAFF,
    'buildingLeader',
    'unitLeader',
    'communityStaff',
    'hotlineOperator',
    'subdistrictDispatcher',
    'departmentHandler',
  ],
  resolve_on_spot: GRID_STAFF,
  verify_report: [...GRID_STAFF, 'communityStaff'],
  accept: [...DISPATCHERS, 'hotlineOperator'],
  reject: [...DISPATCHERS, 'hotlineOperator'],
  merge: [...DISPATCHERS, 'hotlineOperator'],
  dispatch: DISPATCHERS,
  claim: HANDLERS,
  return: HANDLERS,
  request_extension: HANDLERS,
  decide_extension: DISPATCHERS,
  suspend: HANDLERS,
  resume: HANDLERS,
  feedback: HANDLERS,
  check: [...GRID_STAFF, 'communityStaff'],
  evaluate: ['resident', 'volunteer', 'registeredMember', 'hotlineOperator', 'subdistrictDispatcher'],
  review: ['leader', 'subdistrictDispatcher'],
  followup: ['hotlineOperator', 'subdistrictDispatcher', 'communityStaff'],
  close: ['hotlineOperator', 'subdistrictDispatcher', 'communityStaff'],
  escalate: HANDLERS,
  auto_escalate: 'system',
  supervise: 'system',
  // The reporter withdraws a report nobody has accepted yet (cases.policy: only their own).
  cancel: RESIDENT_ROLES,
};

/** Actions taken by whoever the case is assigned to (checked against case_assignment). */
export const ASSIGNEE_ACTIONS: readonly CaseActionType[] = [
  'claim',
  'return',
  'request_extension',
  'suspend',
  'resume',
  'feedback',
];

export function rolesFor(action: CaseActionType): readonly Role[] {
  const roles = ACTION_ROLES[action];
  return roles === 'system' ? [] : roles;
}
