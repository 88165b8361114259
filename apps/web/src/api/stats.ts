import type {
  StatsBreakdown,
  StatsDimension,
  StatsInterval,
  StatsSummary,
  StatsTrend,
} from '@wangge/contracts';
import type { Locale } from '../i18n/messages.ts';
import { ApiError, NETWORK_ERROR } from './ApiError.ts';
import { api } from './client.ts';

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

/** The file name the server gave (RFC 5987 filename* first), or a fallback. */
function filenameOf(disposition: string | null): string {
  const extended = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended);
    } catch {
      // Fall through to the plain name.
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? 'statistics.xlsx';
}

/** GET /api/stats/export.xlsx, saved by the browser under the server's file name; errors as ApiErrors. */
export async function downloadStatsExport(
  filter: StatsFilter,
  interval: StatsInterval,
  locale: Locale,
): Promise<string> {
  const params = new URLSearchParams({ from: filter.from, to: filter.to, interval });
  if (filter.division) params.set('division', filter.division);
  let response: Response;
  try {
    response = await fetch(`/api/stats/export.xlsx?${params}`, {
      headers: { 'accept-language': locale },
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError(0, NETWORK_ERROR, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as {
      code?: string;
      message?: string;
      messages?: { 'zh-CN': string; en: string };
      requestId?: string;
    } | null;
    throw new ApiError(
      response.status,
      payload?.code ?? `HTTP_${response.status}`,
      payload?.message ?? response.statusText,
      { messages: payload?.messages ?? null, requestId: payload?.requestId ?? null },
    );
  }
  const filename = filenameOf(response.headers.get('content-disposition'));
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return filename;
}
