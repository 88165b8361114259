import type {
  StatsBreakdown,
  StatsDimension,
  StatsInterval,
  StatsSummary,
  StatsTrend,
} from '@wangge/contracts';
import type { Locale } from '../i18n/messages.ts';
import { api } from './client.ts';
import { downloadFile } from './download.ts';

/** The period [from, to) as China-time days, and optionally a division inside the caller's scope. */
export interface StatsFilter {
  from: string;
  to: string;
  division?: string | undefined;
}

const query = (f: StatsFilter) => ({ from: f.from, to: f.to, division: f.division });

export function fetchStatsSummary(filter: StatsFilter, signal?: AbortSignal): Promise<StatsSummary> {
  return api('/api/stats/summary', { query: query(filter), signal });
}

export function fetchStatsBreakdown(
  filter: StatsFilter,
  by: StatsDimension,
  signal?: AbortSignal,
): Promise<StatsBreakdown> {
  return api('/api/stats/breakdown', { query: { ...query(filter), by }, signal });
}

export function fetchStatsTrend(
  filter: StatsFilter,
  interval: StatsInterval,
  signal?: AbortSignal,
): Promise<StatsTrend> {
  return api('/api/stats/trend', { query: { ...query(filter), interval }, signal });
}

/** GET /api/stats/export.xlsx, saved by the browser under the server's file name; errors as ApiErrors. */
export async function downloadStatsExport(
  filter: StatsFilter,
  interval: StatsInterval,
  locale: Locale,
): Promise<string> {
  const params = new URLSearchParams({ from: filter.from, to: filter.to, interval });
  if (filter.division) params.set('division', filter.division);
  return downloadFile('/api/stats/export.xlsx', params, locale, 'stats.xlsx');
}
