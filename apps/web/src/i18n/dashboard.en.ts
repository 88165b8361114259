import type { dashboardZhCN } from './dashboard.zh-CN.ts';

/** English texts of the dashboard pages; the type keeps the keys in step with the Chinese. */
export const dashboardEn: Record<keyof typeof dashboardZhCN, string> = {};
