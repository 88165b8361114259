import type { CalendarReplaceRequest, CalendarStatus, CalendarYear, SlaSettings } from '@wangge/contracts';
import { api } from './client.ts';

export function fetchCalendarYear(year: number, signal?: AbortSignal): Promise<CalendarYear> {
  return api('/api/sla/calendar', { query: { year }, signal });
}

/** Replaces the year's holidays and make-up workdays, all or nothing. */
export function replaceCalendarYear(year: number, body: CalendarReplaceRequest): Promise<CalendarYear> {
  return api(`/api/sla/calendar/${year}`, { method: 'PUT', body });
}

export function fetchCalendarStatus(signal?: AbortSignal): Promise<CalendarStatus> {
  return api('/api/sla/calendar/status', { signal });
}

export function fetchSlaSettings(signal?: AbortSignal): Promise<SlaSettings> {
  return api('/api/sla/settings', { signal });
}

export function updateSlaSettings(body: SlaSettings): Promise<SlaSettings> {
  return api('/api/sla/settings', { method: 'PUT', body });
}
