import type { territoryAdminZhCN } from './territoryAdmin.zh-CN.ts';

/** English texts of the territoryAdmin pages; the type keeps the keys in step with the Chinese. */
export const territoryAdminEn: Record<keyof typeof territoryAdminZhCN, string> = {};
