import type { adminZhCN } from './admin.zh-CN.ts';

/** English texts of the admin pages; the type keeps the keys in step with the Chinese. */
export const adminEn: Record<keyof typeof adminZhCN, string> = {};
