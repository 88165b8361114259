import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayReportThrough, type Scope } from '@wangge/domain';
import { open311Policy } from './open311.policy.ts';

const scope = (grants: Scope['grants']): Scope => ({ userId: 'u', grants });
const districtAdmin = scope([{ role: 'admin', path: '370102' }]);
const twoDistricts = scope([
  { role: 'admin', path: '370102' },
  { role: 'admin', path: '370103' },
]);
const subdistrictAdmin = scope([{ role: 'admin', path: '370102.370102009' }]);
const dispatcher = scope([{ role: 'subdistrictDispatcher', path: '370102.370102009' }]);
const leader = scope([{ role: 'leader', path: '370102' }]);

describe('Open311 client keys: who manages them', () => {
  it('lets an administrator manage the keys of the districts inside their grants, and no other', () => {
    assert.equal(open311Policy.canManageIn(districtAdmin, '370102'), true);
    assert.equal(open311Policy.canManageIn(districtAdmin, '370103'), false);
    assert.equal(open311Policy.canManageIn(twoDistricts, '370103'), true);
    // A key serves a whole district: an administrator of one subdistrict does not hold it.
    assert.equal(open311Policy.canManageIn(subdistrictAdmin, '370102'), false);
  });

  it('gives other roles no territory at all, however high their grant', () => {
    for (const s of [dispatcher, leader]) {
      assert.deepEqual(open311Policy.clientAdminPaths(s), []);
      assert.equal(open311Policy.canManageIn(s, '370102'), false);
    }
  });

  it('issues in the administrator’s own district by default, when there is exactly one', () => {
    assert.deepEqual(open311Policy.ownDistricts(districtAdmin), ['370102']);
    assert.deepEqual(open311Policy.ownDistricts(twoDistricts), ['370102', '370103']);
    assert.deepEqual(open311Policy.ownDistricts(subdistrictAdmin), []);
  });

  it('lets a client report only through the public channel, as a resident of its district', () => {
    const s = open311Policy.clientScope('c1', '370102');
    assert.equal(s.userId, 'open311:c1');
    const roles = s.grants.map((g) => g.role);
    assert.equal(mayReportThrough(roles, 'resident'), true);
    for (const channel of ['patrol', 'hotline', 'department', 'sensor'] as const)
      assert.equal(mayReportThrough(roles, channel), false, channel);
  });
});
