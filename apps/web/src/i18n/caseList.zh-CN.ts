/** Chinese texts of the caseList pages (merged into zh-CN.ts). */
export const caseListZhCN = {} as const;
