/** Chinese texts of the workbench pages (merged into zh-CN.ts). */
export const workbenchZhCN = {} as const;
