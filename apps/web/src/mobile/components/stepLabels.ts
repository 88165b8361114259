import type { MobileKey } from '../i18n/translate.ts';

/** The six steps a resident sees (提交 受理 处理 核查 评价 办结); `step` in the API indexes them. */
export const STEP_KEYS = [
  'steps.submitted',
  'steps.accepted',
  'steps.handling',
  'steps.checked',
  'steps.rated',
  'steps.closed',
] as const satisfies readonly MobileKey[];

export function stepKey(step: number): MobileKey {
  return STEP_KEYS[Math.min(Math.max(step, 0), STEP_KEYS.length - 1)]!;
}

/** Statuses that end a case without it being fixed (the steps bar shows them stopped). */
export const STOPPED = new Set(['rejected', 'merged', 'cancelled']);
