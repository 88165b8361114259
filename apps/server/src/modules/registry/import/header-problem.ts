import type { HeaderMatch } from '@wangge/domain';
import type { FileProblem } from './sheet-import.ts';

/** A header row without an entity's required columns refuses the whole file, naming them. */
export function headerProblem(header: HeaderMatch): FileProblem | null {
  if (header.missing.length === 0) return null;
  return { code: 'HEADERS_MISSING', params: { columns: header.missing.map((c) => c.zh).join('、') } };
}
