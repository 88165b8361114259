import { rows } from '@wangge/db';
import { nextLevel } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../../http/errors.ts';
import type { ActionContext, ActionHandler, Effect } from '../action-types.ts';
import { DEFAULT_ACCEPT, loadCategoryLimits } from '../category-limits.ts';
import { dispatchersOf } from '../recipients.ts';

/** Escalation's effect, by hand or by the worker when a limit passes: up one level, to its dispatchers. */
export async function escalationEffect(
  ctx: Pick<ActionContext, 'tx' | 'c'>,
  reason: string,
  automatic: boolean,
): Promise<Effect> {
  const { tx, c } = ctx;
  const level = nextLevel(c.level);
  if (!level) throw new AppError('CASE_TOP_LEVEL');
  const category = await loadCategoryLimits(tx, c.categoryCode);
  return {
    patch: { level, escalationCount: c.escalationCount + 1, suspendedSince: null },
    stage: { stage: 'accept', limit: category?.limits.accept ?? DEFAULT_ACCEPT },
    payload: { from: c.level, to: level, reason, automatic },
    after: async () => {
      await rows(
        tx,
        sql`UPDATE case_assignment SET state = 'withdrawn' WHERE case_id = ${c.id} AND state IN ('dispatched', 'claimed')`,
      );
    },
    notify: [
      {
        recipients: await dispatchersOf(tx, c.path, level),
        kind: 'case.escalated',
        districtCode: c.districtCode,
        payload: {
          title: automatic ? '超时自动上报，请派单' : '事件上报，请派单',
          body: `${c.number}：${reason}`,
          caseId: c.id,
          caseNumber: c.number,
        },
      },
    ],
  };
}

/** 上报: grid → community → subdistrict → departments (the whistle), by the handler or the dispatcher. */
export const escalate: ActionHandler<'escalate'> = {
  type: 'escalate',
  prepare: (ctx, r) => escalationEffect(ctx, r.reason, false),
};
