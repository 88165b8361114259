/** Chinese texts of the dashboard pages (merged into zh-CN.ts). */
export const dashboardZhCN = {} as const;
