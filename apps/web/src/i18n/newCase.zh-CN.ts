/** Chinese texts of the newCase pages (merged into zh-CN.ts). */
export const newCaseZhCN = {} as const;
