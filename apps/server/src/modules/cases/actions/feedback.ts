import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../../../http/errors.ts';
import { getFilesForAttach } from '../../files/index.ts';
import type { ActionHandler } from '../action-types.ts';
import { attachFiles } from '../case-repo.ts';
import { DEFAULT_VERIFY, loadCategoryLimits } from '../category-limits.ts';
import { assigneesOf } from '../recipients.ts';

/**
 * 处置反馈: the result with before/after photos. The lead's feedback sends the case to on-site
 * verification (核查) by the grid; an assistant's is recorded with its part.
 */
export const feedback: ActionHandler<'feedback'> = {
  type: 'feedback',
  async prepare({ tx, c, now, actor, mine }, r) {
    if (!mine) throw new AppError('CASE_ACTION_FORBIDDEN', undefined, { action: 'feedback' });
    if (mine.state !== 'claimed') throw new AppError('CASE_NOT_CLAIMED');
    await getFilesForAttach(tx, actor, [...r.beforePhotos, ...r.afterPhotos]);
    const lead = mine.role === 'lead';
    const onTime = c.stageDeadline ? now.getTime() <= c.stageDeadline.getTime() : true;
    const category = await loadCategoryLimits(tx, c.categoryCode);
    return {
      input: { lead },
      ...(lead
        ? {
            stage: { stage: 'verify' as const, limit: category?.limits.verify ?? DEFAULT_VERIFY },
            patch: { handledAt: now, suspendedSince: null },
          }
        : {}),
      payload: {
        result: r.result,
        role: mine.role,
        assignmentId: mine.id,
        onTime,
        beforePhotos: r.beforePhotos,
        afterPhotos: r.afterPhotos,
      },
      after: async (seq) => {
        await rows(
          tx,
          sql`UPDATE case_assignment SET state = 'done', done_at = ${now} WHERE id = ${mine.id}`,
        );
        await attachFiles(tx, c.id, seq, [
          ...r.beforePhotos.map((fileId) => ({ fileId, purpose: 'before' as const })),
          ...r.afterPhotos.map((fileId) => ({ fileId, purpose: 'after' as const })),
        ]);
      },
      notify:
        lead && c.gridId
          ? [
              {
                recipients: await assigneesOf(tx, { territoryPath: c.path, departmentId: null }),
                kind: 'case.to_check',
                districtCode: c.districtCode,
                payload: {
                  title: '处置完毕，请现场核查',
                  body: `${c.number} ${c.title}`,
                  caseId: c.id,
                  caseNumber: c.number,
                },
              },
            ]
          : [],
    };
  },
};
