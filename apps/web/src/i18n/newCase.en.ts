import type { newCaseZhCN } from './newCase.zh-CN.ts';

/** English texts of the newCase pages; the type keeps the keys in step with the Chinese. */
export const newCaseEn: Record<keyof typeof newCaseZhCN, string> = {};
