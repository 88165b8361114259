import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASE_CHANNELS } from './channels.ts';
import {
  CASE_CHANNEL_LABELS,
  CASE_LEVEL_LABELS,
  CASE_STATUS_LABELS,
  CASE_WARNING_LABELS,
  labelOf,
} from './labels.ts';
import { CASE_LEVELS } from './levels.ts';
import { CASE_STATUSES } from './workflow.ts';

describe('case labels', () => {
  it('name every status, level and channel, in Chinese and English, each name once', () => {
    for (const [labels, keys] of [
      [CASE_STATUS_LABELS, CASE_STATUSES],
      [CASE_LEVEL_LABELS, CASE_LEVELS],
      [CASE_CHANNEL_LABELS, CASE_CHANNELS],
      [CASE_WARNING_LABELS, ['none', 'yellow', 'red']],
    ] as const) {
      assert.deepEqual(Object.keys(labels).sort(), [...keys].sort());
      for (const locale of ['zh-CN', 'en'] as const) {
        const names = Object.values(labels).map((l) => l[locale]);
        assert.ok(names.every((n) => n.trim() !== ''));
        assert.equal(new Set(names).size, names.length, `${locale} names are distinct`);
      }
    }
  });
  it('fall back to the key for a value they do not know', () => {
    assert.equal(labelOf(CASE_STATUS_LABELS, 'pending_dispatch', 'zh-CN'), '待派单');
    assert.equal(labelOf(CASE_STATUS_LABELS, 'pending_dispatch', 'en'), 'To dispatch');
    assert.equal(labelOf(CASE_STATUS_LABELS, 'archived', 'zh-CN'), 'archived');
  });
});
