import type { CalendarYear } from '@wangge/contracts';

export type DayKind = 'holiday' | 'workday';
export interface MarkedDay {
  kind: DayKind;
  name: string;
}
/** A year's marked days by ISO day (YYYY-MM-DD); unmarked days follow Monday–Friday. */
export type Marks = ReadonlyMap<string, MarkedDay>;

export const FESTIVALS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

export const marksOf = (year: CalendarYear): Marks =>
  new Map(year.days.map((d) => [d.day, { kind: d.kind, name: d.name }]));

/** The request body: every marked day, in order. */
export const toDays = (marks: Marks) =>
  [...marks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, m]) => ({ day, kind: m.kind, name: m.name.trim() }));

export const sameMarks = (a: Marks, b: Marks) => JSON.stringify(toDays(a)) === JSON.stringify(toDays(b));

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (year: number, month: number, day: number) => `${year}-${pad(month + 1)}-${pad(day)}`;

/** Monday = 0 … Sunday = 6 (Chinese calendars start the week on Monday). */
export const weekdayOf = (iso: string) => (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
export const isWeekend = (iso: string) => weekdayOf(iso) >= 5;
export const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/** A name for a newly marked day: the festival of the nearest marked day within ten days, if any. */
export function nearbyName(marks: Marks, iso: string): string {
  const at = Date.parse(`${iso}T00:00:00Z`);
  let best: { distance: number; name: string } | null = null;
  for (const [day, m] of marks) {
    const distance = Math.abs(Date.parse(`${day}T00:00:00Z`) - at) / 86_400_000;
    if (distance > 0 && distance <= 10 && (!best || distance < best.distance))
      best = { distance, name: m.name };
  }
  return best?.name ?? '';
}

export function counts(marks: Marks) {
  let holidays = 0;
  let workdays = 0;
  for (const m of marks.values()) {
    if (m.kind === 'holiday') holidays++;
    else workdays++;
  }
  return { holidays, workdays };
}
