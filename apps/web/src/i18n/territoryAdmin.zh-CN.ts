/** Chinese texts of the territoryAdmin pages (merged into zh-CN.ts). */
export const territoryAdminZhCN = {} as const;
