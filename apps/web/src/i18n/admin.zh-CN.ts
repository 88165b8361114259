/** Chinese texts of the admin pages (merged into zh-CN.ts). */
export const adminZhCN = {} as const;
