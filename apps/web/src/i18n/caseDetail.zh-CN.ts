/** Chinese texts of the caseDetail pages (merged into zh-CN.ts). */
export const caseDetailZhCN = {} as const;
