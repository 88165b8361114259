import { invalid } from './field-errors.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day (the contracts check only the YYYY-MM-DD shape: 2026-02-30 passes them). */
function isCalendarDay(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The day something happened (a visit, a tagging, a registration): a real day, not after `today`
 * (China) and not before `earliest`. Refused as REGISTRY_INVALID with the field's DATE_INVALID, as
 * people's dates are.
 */
export function checkPastDate(field: string, value: string, today: string, earliest: string): void {
  if (!isCalendarDay(value) || value > today || value < earliest)
    throw invalid([{ field, code: 'DATE_INVALID' }]);
}
