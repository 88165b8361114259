import type { ActionHandler } from '../action-types.ts';

/** 核实: a grid worker confirms that a public report describes something real. */
export const verifyReport: ActionHandler<'verify_report'> = {
  type: 'verify_report',
  async prepare({ c }, r) {
    return {
      input: { exists: r.exists },
      payload: { exists: r.exists, note: r.note ?? null },
      ...(r.exists ? {} : { stage: { stage: 'none', limit: null } }),
      notify:
        !r.exists && c.reporterId
          ? [
              {
                recipients: [c.reporterId],
                kind: 'case.rejected',
                districtCode: c.districtCode,
                payload: {
                  title: '您反映的问题经核实不存在',
                  body: `${c.number}：${r.note ?? ''}`,
                  caseId: c.id,
                  caseNumber: c.number,
                },
              },
            ]
          : [],
    };
  },
};
