import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayReportThrough, needsVerification } from './channels.ts';

describe('report channels', () => {
  it('lets each kind of user report through their own channels only', () => {
    assert.equal(mayReportThrough(['resident'], 'resident'), true);
    assert.equal(mayReportThrough(['resident'], 'hotline'), false);
    assert.equal(mayReportThrough(['gridWorker'], 'patrol'), true);
    assert.equal(mayReportThrough(['gridWorker'], 'resident'), false);
    assert.equal(mayReportThrough(['hotlineOperator'], 'hotline'), true);
    assert.equal(mayReportThrough(['departmentHandler'], 'sensor'), true);
    assert.equal(mayReportThrough([], 'resident'), false);
  });
  it('verifies public reports only', () => {
    assert.equal(needsVerification('resident'), true);
    for (const c of ['patrol', 'hotline', 'department', 'sensor'] as const)
      assert.equal(needsVerification(c), false);
  });
});
