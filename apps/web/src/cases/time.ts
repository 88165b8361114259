const CHINA_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO instant as China time, `YYYY-MM-DD HH:mm`; '—' when absent or invalid. */
export function formatChinaTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  const parts: Record<string, string> = {};
  for (const part of CHINA_TIME.formatToParts(date)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The start (00:00) or end (23:59:59.999) of a China calendar day `YYYY-MM-DD`, as ISO with +08:00. */
export function chinaDayBound(day: string, bound: 'start' | 'end'): string {
  return bound === 'start' ? `${day}T00:00:00+08:00` : `${day}T23:59:59.999+08:00`;
}

/** The China calendar day (`YYYY-MM-DD`) of an ISO instant, or null. */
export function chinaDay(iso: string | undefined): string | null {
  if (!iso) return null;
  const formatted = formatChinaTime(iso);
  return formatted === '—' ? null : formatted.slice(0, 10);
}
