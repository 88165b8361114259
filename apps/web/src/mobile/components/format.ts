import { formatChinaTime } from '../../cases/time.ts';

/** An instant as China time, `YYYY-MM-DD HH:mm` (residents and staff read the same clock). */
export const formatTime = formatChinaTime;

/** An instant's China date, `YYYY-MM-DD`. */
export function formatDate(iso: string | null | undefined): string {
  const text = formatChinaTime(iso);
  return text === '—' ? text : text.slice(0, 10);
}

/** A share as a whole percentage, or '—' without a base. */
export function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—';
}
