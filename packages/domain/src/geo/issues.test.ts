import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IssueCollector } from './issues.ts';

describe('IssueCollector', () => {
  it('keeps one entry per code, in first-seen order, counting repeats', () => {
    const issues = new IssueCollector<'A' | 'B'>();
    assert.deepEqual(issues.list(), []);
    issues.add('B', 'b at 1');
    issues.add('A', 'a at 2');
    issues.add('B', 'b at 3');
    issues.add('B', 'b at 4');
    assert.equal(issues.reported, 4);
    assert.equal(issues.has('A'), true);
    assert.deepEqual(issues.list(), [
      { code: 'B', message: 'b at 1 (and 2 more like it)' },
      { code: 'A', message: 'a at 2' },
    ]);
  });
});
