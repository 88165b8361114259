import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commonAncestor, hasRoleAt, isWithin, pathsWithRole, type Scope } from './scope.ts';

describe('scope', () => {
  it('contains a path in its own subtree only', () => {
    assert.equal(isWithin('370102.370102009', '370102'), true);
    assert.equal(isWithin('370102', '370102'), true);
    assert.equal(isWithin('3701020', '370102'), false);
    assert.equal(isWithin('370102', '370102.370102009'), false);
  });

  const scope: Scope = {
    userId: 'u',
    grants: [
      { role: 'gridWorker', path: '370102.370102009.370102009001.370102009001001' },
      { role: 'gridWorker', path: '370102.370102009.370102009001.370102009001002' },
      { role: 'communityStaff', path: '370102.370102009.370102009001' },
      { role: 'departmentHandler', path: '370102', departmentId: 'd1' },
    ],
  };

  it('reduces paths to the outermost ones for the roles asked', () => {
    assert.deepEqual(pathsWithRole(scope, ['gridWorker', 'communityStaff']), [
      '370102.370102009.370102009001',
    ]);
    assert.deepEqual(pathsWithRole(scope, ['gridWorker']), [
      '370102.370102009.370102009001.370102009001001',
      '370102.370102009.370102009001.370102009001002',
    ]);
    assert.deepEqual(pathsWithRole(scope, ['leader']), []);
  });

  it('checks a role at a node', () => {
    assert.equal(hasRoleAt(scope, ['gridWorker'], '370102.370102009.370102009001.370102009001001'), true);
    assert.equal(hasRoleAt(scope, ['gridWorker'], '370102.370102009.370102009001.370102009001003'), false);
    assert.equal(hasRoleAt(scope, ['communityStaff'], '370102.370102009.370102009002'), false);
  });

  it('finds the deepest common ancestor of paths', () => {
    assert.deepEqual(commonAncestor(['370102.370102009.370102009002.370102009002001']), [
      '370102',
      '370102009',
      '370102009002',
      '370102009002001',
    ]);
    assert.deepEqual(commonAncestor(['370102.370102009.370102009002', '370102.370102009.370102009005']), [
      '370102',
      '370102009',
    ]);
    assert.deepEqual(commonAncestor(['370102', '370103']), []);
    assert.deepEqual(commonAncestor([]), []);
  });
});
