import type { StatsDimension, StatsExportQuery } from '@wangge/contracts';
import { defaultInterval } from '@wangge/domain';
import type { Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { breakdownOf } from './get-breakdown.ts';
import { summaryOf } from './get-summary.ts';
import { trendOf } from './get-trend.ts';
import { statsContext } from './stats-context.ts';
import { buildWorkbook, contentDisposition } from './workbook.ts';

const DIMENSIONS: StatsDimension[] = ['subdistrict', 'community', 'grid', 'department', 'category'];

/** The figures as a workbook (汇总, one sheet per breakdown, 趋势); the export is audited. */
export async function exportStats(deps: Deps, actor: Actor, q: StatsExportQuery, locale: Locale) {
  const ctx = await statsContext(deps, actor, q);
  const summary = await summaryOf(deps, ctx);
  const breakdowns: Array<[StatsDimension, Awaited<ReturnType<typeof breakdownOf>>]> = [];
  for (const by of DIMENSIONS) breakdowns.push([by, await breakdownOf(deps, ctx, by)]);
  const interval = q.interval ?? defaultInterval(ctx.period);
  const trend = await trendOf(deps, ctx, interval);
  const bytes = await buildWorkbook(locale, summary, breakdowns, trend);
  await recordAudit(deps.db, actor, ctx.now, {
    action: 'stats.export',
    entityType: 'stats',
    after: { from: summary.from, to: summary.to, division: summary.division?.code ?? null, interval },
    districtCode: ctx.unitPaths[0]?.split('.')[0] ?? null,
  });
  return { bytes, disposition: contentDisposition(locale, summary) };
}
