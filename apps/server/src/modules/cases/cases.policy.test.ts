import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASE_ACTION_TYPES, type CaseActionType, type Role, type Scope } from '@wangge/domain';
import { type AssignmentRef, type CaseRef, casePolicy } from './cases.policy.ts';

/**
 * The role × scope matrix of every case action, as a pure function: for each action, which of the
 * people around one case (in 甸柳新村第一社区第1网格) may take it. Scope positions: their own
 * territory, a neighbouring one, or a department the case is (or is not) assigned to.
 */
const GRID = '370102.370102009.370102009002.370102009002001';
const OTHER_GRID = '370102.370102009.370102009002.370102009002002';
const COMMUNITY = '370102.370102009.370102009002';
const OTHER_COMMUNITY = '370102.370102009.370102009005';
const SUBDISTRICT = '370102.370102009';

const person = (role: Role, path: string, departmentId?: string): Scope => ({
  userId: `${role}@${path}${departmentId ?? ''}`,
  grants: [{ role, path, ...(departmentId ? { departmentId } : {}) }],
});

const PEOPLE: Record<string, Scope> = {
  gridWorker: person('gridWorker', GRID),
  otherGridWorker: person('gridWorker', OTHER_GRID),
  gridLeader: person('gridLeader', GRID),
  community: person('communityStaff', COMMUNITY),
  otherCommunity: person('communityStaff', OTHER_COMMUNITY),
  dispatcher: person('subdistrictDispatcher', SUBDISTRICT),
  hotline: person('hotlineOperator', SUBDISTRICT),
  leader: person('leader', SUBDISTRICT),
  deptAssigned: person('departmentHandler', '370102', 'dept-cgzf'),
  deptOther: person('departmentHandler', '370102', 'dept-scjg'),
  building: person('buildingLeader', GRID),
  reporter: { userId: 'resident-1', grants: [{ role: 'resident', path: COMMUNITY }] },
  neighbour: { userId: 'resident-2', grants: [{ role: 'resident', path: COMMUNITY }] },
};

const gridCase: CaseRef = { path: GRID, level: 'grid', reporterId: 'resident-1' };
const atGrid: AssignmentRef[] = [
  { id: 'a1', territoryPath: GRID, departmentId: null, role: 'lead', state: 'claimed', claimedBy: 'x' },
];
const atDepartment: AssignmentRef[] = [
  {
    id: 'a2',
    territoryPath: null,
    departmentId: 'dept-cgzf',
    role: 'lead',
    state: 'claimed',
    claimedBy: 'x',
  },
];

/** Who may take each action on a grid-level case assigned to its grid (and, in brackets, to 城管). */
const EXPECTED: Record<CaseActionType, string[]> = {
  report: [], // starts a case: checked by channel, not here
  resolve_on_spot: [], // starts a case
  verify_report: ['gridWorker', 'gridLeader', 'community'],
  accept: ['community', 'dispatcher', 'hotline'],
  reject: ['community', 'dispatcher', 'hotline'],
  merge: ['community', 'dispatcher', 'hotline'],
  dispatch: ['community', 'dispatcher'],
  claim: ['gridWorker', 'gridLeader'],
  return: ['gridWorker', 'gridLeader'],
  request_extension: ['gridWorker', 'gridLeader'],
  decide_extension: ['community', 'dispatcher'],
  suspend: ['gridWorker', 'gridLeader'],
  resume: ['gridWorker', 'gridLeader'],
  feedback: ['gridWorker', 'gridLeader'],
  check: ['gridWorker', 'gridLeader', 'community'],
  evaluate: ['dispatcher', 'hotline', 'reporter'],
  review: ['dispatcher', 'leader'],
  followup: ['community', 'dispatcher', 'hotline'],
  close: ['community', 'dispatcher', 'hotline'],
  escalate: ['gridWorker', 'gridLeader', 'community', 'dispatcher'],
  auto_escalate: [],
  supervise: [],
  cancel: ['reporter'],
};

describe('case action matrix (role × scope)', () => {
  for (const action of CASE_ACTION_TYPES) {
    it(`${action}: exactly ${EXPECTED[action].join(', ') || 'nobody (system or intake)'}`, () => {
      const allowed = Object.entries(PEOPLE)
        .filter(
          ([, scope]) =>
            action !== 'report' &&
            action !== 'resolve_on_spot' &&
            casePolicy.mayAct(scope, action, gridCase, atGrid),
        )
        .map(([name]) => name)
        .sort();
      assert.deepEqual(allowed, [...EXPECTED[action]].sort());
    });
  }

  it('hands assignee actions to the assigned department only', () => {
    for (const action of ['claim', 'feedback', 'return', 'suspend'] as const) {
      assert.equal(casePolicy.mayAct(PEOPLE.deptAssigned!, action, gridCase, atDepartment), true, action);
      assert.equal(casePolicy.mayAct(PEOPLE.deptOther!, action, gridCase, atDepartment), false, action);
      assert.equal(casePolicy.mayAct(PEOPLE.gridWorker!, action, gridCase, atDepartment), false, action);
    }
  });

  it('leaves subdistrict-level dispatching to the command centre', () => {
    const subdistrictCase: CaseRef = { ...gridCase, level: 'subdistrict' };
    assert.equal(casePolicy.mayAct(PEOPLE.community!, 'dispatch', subdistrictCase, []), false);
    assert.equal(casePolicy.mayAct(PEOPLE.dispatcher!, 'dispatch', subdistrictCase, []), true);
  });

  it('shows a case to its territory, its reporter and its assigned departments, and no one else', () => {
    const sees = (name: string, assignments: AssignmentRef[] = atGrid) =>
      casePolicy.canSee(PEOPLE[name]!, gridCase, assignments);
    for (const name of [
      'gridWorker',
      'gridLeader',
      'community',
      'dispatcher',
      'hotline',
      'leader',
      'reporter',
    ]) {
      assert.equal(sees(name), true, name);
    }
    for (const name of [
      'otherGridWorker',
      'otherCommunity',
      'deptAssigned',
      'deptOther',
      'building',
      'neighbour',
    ]) {
      assert.equal(sees(name), false, name);
    }
    assert.equal(sees('deptAssigned', atDepartment), true);
    assert.equal(sees('deptOther', atDepartment), false);
  });
});
