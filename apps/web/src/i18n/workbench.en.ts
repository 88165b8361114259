import type { workbenchZhCN } from './workbench.zh-CN.ts';

/** English texts of the workbench pages; the type keeps the keys in step with the Chinese. */
export const workbenchEn: Record<keyof typeof workbenchZhCN, string> = {};
