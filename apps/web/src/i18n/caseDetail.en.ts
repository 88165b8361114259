import type { caseDetailZhCN } from './caseDetail.zh-CN.ts';

/** English texts of the caseDetail pages; the type keeps the keys in step with the Chinese. */
export const caseDetailEn: Record<keyof typeof caseDetailZhCN, string> = {};
