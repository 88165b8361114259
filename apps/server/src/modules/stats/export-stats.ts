import type { StatsBreakdown, StatsDimension, StatsExportQuery } from '@wangge/contracts';
import { defaultInterval } from '@wangge/domain';
import type { Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { loadWorkCalendar } from '../sla/index.ts';
import { aggregateSets } from './aggregate.ts';
import { breakdownFrom, breakdownOf } from './get-breakdown.ts';
import { summaryFrom } from './get-summary.ts';
import { trendOf } from './get-trend.ts';
import { statsContext } from './stats-context.ts';
import { buildWorkbook, contentDisposition } from './workbook.ts';

/** Sheets in this order, after 汇总: 按街道, 按社区, 按网格, 按部门 (spliced in), 按类别, then 趋势. */
const TERRITORY = ['subdistrict', 'community', 'grid', 'category'] as const;

/** The figures as a workbook (汇总, one sheet per breakdown, 趋势); the export is audited. */
export async function exportStats(deps: Deps, actor: Actor, q: StatsExportQuery, locale: Locale) {
  const ctx = await statsContext(deps, actor, q);
  // The totals and the territory and category breakdowns in one scan; departments in another.
  const working = await loadWorkCalendar(deps.db);
  const units = [{ kind: 'none' as const }, ...TERRITORY.map((kind) => ({ kind }))];
  const [total, ...counted] = await aggregateSets(deps.db, ctx, units, working);
  const summary = summaryFrom(ctx, total!);
  const breakdowns: Array<[StatsDimension, StatsBreakdown]> = [];
  for (const [i, by] of TERRITORY.entries())
    breakdowns.push([by, await breakdownFrom(deps, ctx, by, counted[i]!)]);
  breakdowns.splice(3, 0, ['department', await breakdownOf(deps, ctx, 'department')]);
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
