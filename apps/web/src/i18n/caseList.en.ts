import type { caseListZhCN } from './caseList.zh-CN.ts';

/** English texts of the caseList pages; the type keeps the keys in step with the Chinese. */
export const caseListEn: Record<keyof typeof caseListZhCN, string> = {};
