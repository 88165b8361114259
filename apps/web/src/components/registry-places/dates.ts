import dayjs, { type Dayjs } from 'dayjs';

const CHINA_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in China (YYYY-MM-DD), whatever the browser's time zone: visits and registrations are China days. */
export function chinaToday(now: Date = new Date()): string {
  return CHINA_DAY.format(now);
}

/** A date picker's value for a China day, and back. */
export const dayValue = (day: string | null | undefined): Dayjs | null => (day ? dayjs(day) : null);
export const dayOf = (value: Dayjs | null | undefined): string => (value ? value.format('YYYY-MM-DD') : '');
