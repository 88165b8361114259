import { FINAL_STATUSES } from '@wangge/domain';
import { AppError } from '../../../http/errors.ts';
import type { ActionHandler } from '../action-types.ts';
import { loadCaseByNumber } from '../case-repo.ts';

/** 并单: a duplicate follows its master case; its reporter is told where to look. */
export const merge: ActionHandler<'merge'> = {
  type: 'merge',
  async prepare({ tx, c }, r) {
    const master = await loadCaseByNumber(tx, r.masterNumber);
    if (
      !master ||
      master.id === c.id ||
      FINAL_STATUSES.includes(master.status) ||
      master.districtCode !== c.districtCode
    ) {
      throw new AppError('CASE_MERGE_TARGET_INVALID');
    }
    return {
      stage: { stage: 'none', limit: null },
      patch: { masterCaseId: master.id },
      payload: { masterId: master.id, masterNumber: master.number },
      notify: c.reporterId
        ? [
            {
              recipients: [c.reporterId],
              kind: 'case.merged',
              districtCode: c.districtCode,
              payload: {
                title: '您反映的问题已并入同类事件办理',
                body: `${c.number} → ${master.number}`,
                caseId: master.id,
                caseNumber: master.number,
              },
            },
          ]
        : [],
    };
  },
};
