import type { StatsBreakdownRow } from '@wangge/contracts';
import { theme } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/useT.ts';
import { type ChartOption, EChart } from './EChart.tsx';
import { formatHours, formatRate, shortName } from './format.ts';
import { METRICS, type Sort } from './ranking.ts';

export const CHART_TOP = 10;

/** The first units of the ranking as horizontal bars of the metric the table is sorted by. */
export function RankingChart({
  rows,
  sort,
  unplacedName,
  height,
}: {
  rows: StatsBreakdownRow[];
  sort: Sort;
  unplacedName: string;
  height: number;
}) {
  const { locale } = useI18n();
  const { token } = theme.useToken();
  const kind = METRICS.find((m) => m.key === sort.metric)?.kind ?? 'count';
  const option = useMemo((): ChartOption => {
    const top = rows
      .filter((r) => r[sort.metric] !== null)
      .slice(0, CHART_TOP)
      .reverse();
    // Grids of one community: their names without the community's (甸柳新村第一社区第6网格 → 第6网格).
    const oneCommunity =
      rows.length > 0 &&
      rows.every((r) => r.code?.length === 15) &&
      new Set(rows.map((r) => r.code?.slice(0, 12))).size === 1;
    const label = (name: string) => (oneCommunity ? name.replace(/^.*社区/, '') || name : shortName(name));
    const format = (v: number) =>
      kind === 'rate' ? formatRate(v, locale) : kind === 'hours' ? formatHours(v, locale) : String(v);
    return {
      color: [sort.metric === 'overdue' ? token.colorError : token.colorPrimary],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => format(Number(v)) },
      grid: { left: 8, right: 40, top: 4, bottom: 4, containLabel: true },
      xAxis: {
        type: 'value',
        ...(kind === 'rate'
          ? { max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } }
          : {}),
        ...(kind === 'count' ? { minInterval: 1 } : {}),
      },
      yAxis: {
        type: 'category',
        data: top.map((r) => (r.name ? label(r.name) : unplacedName)),
        axisLabel: { width: 150, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 14,
          data: top.map((r) => r[sort.metric] as number),
          label: { show: true, position: 'right', formatter: (p) => format(Number(p.value)) },
        },
      ],
    };
  }, [rows, sort.metric, kind, locale, token, unplacedName]);
  return <EChart option={option} height={height} testId="dashboard-ranking-chart" />;
}
