import type { Problem } from './error-list.ts';

/** GeoReport v2: a request list covers at most 90 days, and the last 90 days by default. */
export const MAX_SPAN_DAYS = 90;
const DAY_MS = 86_400_000;
const SPAN_MS = MAX_SPAN_DAYS * DAY_MS;

const W3C_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * A W3C date-time (the ISO 8601 profile the spec names) with its zone, which the spec makes
 * mandatory: `2026-11-20T08:00:00+08:00`, `2026-11-20T00:00Z`. Impossible dates (Feb 30) are refused
 * rather than rolled over.
 */
export function parseW3cDateTime(text: string): Date | undefined {
  // An unencoded "+08:00" in a query string arrives as " 08:00" ("+" is a space there).
  const m = W3C_DATE_TIME.exec(text.replace(/ (\d{2}:\d{2})$/, '+$1'));
  if (!m) return undefined;
  const n = (i: number) => Number(m[i] ?? 0);
  const [y, mo, d, h, mi, s] = [n(1), n(2), n(3), n(4), n(5), n(6)];
  const fraction = m[7] ? Number(m[7]) : 0;
  const sign = m[9] === '-' ? -1 : 1;
  const offsetH = n(10);
  const offsetM = n(11);
  if (offsetH > 14 || offsetM > 59 || h > 23 || mi > 59 || s > 59) return undefined;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return undefined;
  return new Date(utc + Math.floor(fraction * 1000) - sign * (offsetH * 60 + offsetM) * 60_000);
}

export type Window = { ok: true; from: Date; to: Date } | { ok: false; problems: Problem[] };

/**
 * The period a request list covers (on requested_datetime, both ends included): the one asked for,
 * at most 90 days; one end alone reaches 90 days from it; neither, the 90 days up to now.
 */
export function requestWindow(start: string | undefined, end: string | undefined, now: Date): Window {
  const problems: Problem[] = [];
  const from = start === undefined ? undefined : parseW3cDateTime(start);
  const to = end === undefined ? undefined : parseW3cDateTime(end);
  if (start !== undefined && !from)
    problems.push({ code: 'OPEN311_DATE_INVALID', params: { name: 'start_date' } });
  if (end !== undefined && !to) problems.push({ code: 'OPEN311_DATE_INVALID', params: { name: 'end_date' } });
  if (problems.length) return { ok: false, problems };
  if (from && to) {
    if (to < from) return { ok: false, problems: [{ code: 'OPEN311_DATE_ORDER' }] };
    if (to.getTime() - from.getTime() > SPAN_MS)
      return { ok: false, problems: [{ code: 'OPEN311_DATE_SPAN', params: { days: MAX_SPAN_DAYS } }] };
    return { ok: true, from, to };
  }
  if (from) return { ok: true, from, to: new Date(from.getTime() + SPAN_MS) };
  if (to) return { ok: true, from: new Date(to.getTime() - SPAN_MS), to };
  return { ok: true, from: new Date(now.getTime() - SPAN_MS), to: now };
}
