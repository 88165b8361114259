import { getFilesForAttach } from '../../files/index.ts';
import type { ActionHandler } from '../action-types.ts';
import { attachFiles } from '../case-repo.ts';
import { handleLimit, loadCategoryLimits } from '../category-limits.ts';
import { reopenLead } from './reopen-lead.ts';

/** 核查: on site, pass (to the resident's evaluation) or fail (back to the handler: rework, counted). */
export const check: ActionHandler<'check'> = {
  type: 'check',
  async prepare(ctx, r) {
    const { tx, c, actor } = ctx;
    await getFilesForAttach(tx, actor, r.photos);
    const category = await loadCategoryLimits(tx, c.categoryCode);
    const attach = async (seq: number) =>
      attachFiles(
        tx,
        c.id,
        seq,
        r.photos.map((fileId) => ({ fileId, purpose: 'evidence' as const })),
      );
    if (r.pass) {
      return {
        input: { pass: true },
        stage: { stage: 'none', limit: null },
        payload: { pass: true, note: r.note ?? null, photos: r.photos },
        after: attach,
        // Residents rate through the app, callers through the hotline's callback; patrol reports are not rated.
        notify:
          c.reporterId && (c.channel === 'resident' || c.channel === 'hotline')
            ? [
                {
                  recipients: [c.reporterId],
                  kind: 'case.to_evaluate',
                  districtCode: c.districtCode,
                  payload: {
                    title: '您反映的问题已处理，请评价',
                    body: `${c.number} ${c.title}`,
                    caseId: c.id,
                    caseNumber: c.number,
                  },
                },
              ]
            : [],
      };
    }
    return {
      input: { pass: false },
      patch: { reworkCount: c.reworkCount + 1 },
      stage: { stage: 'handle', limit: handleLimit(category, c.level) },
      payload: { pass: false, note: r.note ?? null, photos: r.photos },
      after: attach,
      notify: await reopenLead(ctx, '核查未通过，请返工'),
    };
  },
};
