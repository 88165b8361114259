import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { ActionHandler } from '../action-types.ts';
import { handleLimit, loadCategoryLimits } from '../category-limits.ts';
import { reopenLead } from './reopen-lead.ts';

/**
 * 评价: satisfied or basically satisfied goes on to the follow-up call; dissatisfied reopens the case
 * once (back to its handler), and a second dissatisfied goes to supervisor review.
 */
export const evaluate: ActionHandler<'evaluate'> = {
  type: 'evaluate',
  async prepare(ctx, r) {
    const { tx, c } = ctx;
    const payload = { rating: r.rating, comment: r.comment ?? null };
    if (r.rating !== 'dissatisfied')
      return { input: { rating: r.rating }, patch: { evaluation: r.rating }, payload };
    if (c.reopenCount < 1) {
      const category = await loadCategoryLimits(tx, c.categoryCode);
      return {
        input: { rating: r.rating, reopenCount: c.reopenCount },
        patch: { evaluation: r.rating, reopenCount: c.reopenCount + 1 },
        stage: { stage: 'handle', limit: handleLimit(category, c.level) },
        payload: { ...payload, reopened: true },
        notify: await reopenLead(ctx, '居民不满意，事件已重新打开'),
      };
    }
    const reviewers = await rows<{ user_id: string }>(
      tx,
      sql`SELECT DISTINCT user_id FROM role_assignment WHERE role IN ('leader', 'subdistrictDispatcher')
          AND scope_path @> ${c.path}::ltree`,
    );
    return {
      input: { rating: r.rating, reopenCount: c.reopenCount },
      patch: { evaluation: r.rating },
      payload: { ...payload, toReview: true },
      notify: [
        {
          recipients: reviewers.map((x) => x.user_id),
          kind: 'case.to_review',
          districtCode: c.districtCode,
          payload: {
            title: '居民再次不满意，请审核',
            body: `${c.number} ${c.title}`,
            caseId: c.id,
            caseNumber: c.number,
          },
        },
      ],
    };
  },
};
