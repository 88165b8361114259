import type { ActionHandler } from '../action-types.ts';

/** 不予立案: refused with a reason the reporter sees. */
export const reject: ActionHandler<'reject'> = {
  type: 'reject',
  async prepare({ c }, r) {
    return {
      stage: { stage: 'none', limit: null },
      payload: { reason: r.reason },
      notify: c.reporterId
        ? [
            {
              recipients: [c.reporterId],
              kind: 'case.rejected',
              districtCode: c.districtCode,
              payload: {
                title: '您反映的问题未予受理',
                body: `${c.number}：${r.reason}`,
                caseId: c.id,
                caseNumber: c.number,
              },
            },
          ]
        : [],
    };
  },
};
