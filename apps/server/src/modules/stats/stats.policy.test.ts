import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Role, Scope } from '@wangge/domain';
import { statsPolicy } from './stats.policy.ts';

const SUB = '370102.370102009';
const COMMUNITY = `${SUB}.370102009002`;
const GRID = `${COMMUNITY}.370102009002001`;
const OTHER = `${SUB}.370102009003`;
const scope = (role: Role, path: string, departmentId?: string): Scope => ({
  userId: 'u',
  grants: [{ role, path, ...(departmentId ? { departmentId } : {}) }],
});

describe('statsPolicy: who reads which figures', () => {
  const rows: Array<[Role, string, boolean, string[], string[]]> = [
    ['admin', '370102', true, ['370102'], []],
    ['leader', SUB, true, [SUB], []],
    ['subdistrictDispatcher', SUB, true, [SUB], []],
    ['communityStaff', COMMUNITY, true, [COMMUNITY], []],
    ['gridLeader', GRID, true, [GRID], []],
    ['departmentHandler', '370102', true, [], ['d1']],
    ['gridWorker', GRID, false, [], []],
    ['hotlineOperator', SUB, false, [], []],
    ['mediator', SUB, false, [], []],
    ['buildingLeader', GRID, false, [], []],
    ['resident', COMMUNITY, false, [], []],
  ];
  for (const [role, path, canRead, territory, departments] of rows) {
    it(`${role}: ${canRead ? 'reads' : 'does not read'}`, () => {
      const s = scope(role, path, role === 'departmentHandler' ? 'd1' : undefined);
      assert.equal(statsPolicy.canRead(s), canRead);
      assert.deepEqual(statsPolicy.territoryPaths(s), territory);
      assert.deepEqual(statsPolicy.departmentIds(s), departments);
    });
  }

  it('narrows to divisions inside or framing the caller’s units, never beside them', () => {
    const community = scope('communityStaff', COMMUNITY);
    assert.equal(statsPolicy.canNarrowTo(community, GRID), true);
    assert.equal(statsPolicy.canNarrowTo(community, SUB), true, 'the subdistrict framing it');
    assert.equal(statsPolicy.canNarrowTo(community, OTHER), false);
    const department = scope('departmentHandler', '370102', 'd1');
    assert.equal(statsPolicy.canNarrowTo(department, OTHER), true, 'anywhere in its jurisdiction');
    assert.equal(statsPolicy.canNarrowTo(department, '370103'), false);
  });

  it('reduces grid leaders’ grids to one path each', () => {
    const s: Scope = {
      userId: 'u',
      grants: [
        { role: 'gridLeader', path: GRID },
        { role: 'gridLeader', path: `${COMMUNITY}.370102009002002` },
        { role: 'gridWorker', path: `${COMMUNITY}.370102009002003` },
      ],
    };
    assert.deepEqual(statsPolicy.territoryPaths(s), [GRID, `${COMMUNITY}.370102009002002`]);
  });
});
