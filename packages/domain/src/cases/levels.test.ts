import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LEVEL_HANDLE_DAYS, nextLevel } from './levels.ts';

describe('handling levels', () => {
  it('escalates grid → community → subdistrict → departments, and no further', () => {
    assert.equal(nextLevel('grid'), 'community');
    assert.equal(nextLevel('community'), 'subdistrict');
    assert.equal(nextLevel('subdistrict'), 'department');
    assert.equal(nextLevel('department'), null);
  });
  it('gives the seed’s limits: 1 day in the grid, 3 with the subdistrict, 5 for the whistle', () => {
    assert.deepEqual(LEVEL_HANDLE_DAYS, { grid: 1, community: 3, subdistrict: 3, department: 5 });
  });
});
