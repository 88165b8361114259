import type { StatsInterval, StatsTrend } from '@wangge/contracts';
import { Card, Empty, Segmented, Spin, theme } from 'antd';
import { useMemo } from 'react';
import { chinaDay } from '../../cases/time.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useT.ts';
import { type ChartOption, EChart } from './EChart.tsx';

const INTERVALS: readonly StatsInterval[] = ['day', 'week', 'month'];

/** Received and closed as bars, overdue as a line, per day, week or month of report. */
export function TrendChart({
  trend,
  loading,
  interval,
  onInterval,
  height,
}: {
  trend: StatsTrend | null;
  loading: boolean;
  interval: StatsInterval;
  onInterval: (interval: StatsInterval) => void;
  height: number;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const option = useMemo((): ChartOption | null => {
    if (!trend) return null;
    // Buckets that have not begun yet have no reports by definition: not drawn as a fall to zero.
    const today = chinaDay(trend.asOf) ?? trend.to;
    const buckets = trend.buckets.filter((b) => b.start <= today);
    const label = (start: string) => (trend.interval === 'month' ? start.slice(0, 7) : start.slice(5));
    return {
      color: [token.colorPrimary, token.colorSuccess, token.colorError],
      tooltip: { trigger: 'axis' },
      legend: { top: 0, textStyle: { color: token.colorText } },
      grid: { left: 8, right: 8, top: 32, bottom: 4, containLabel: true },
      xAxis: { type: 'category', data: buckets.map((b) => label(b.start)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('dashboard.series.received'),
          type: 'bar',
          barMaxWidth: 14,
          data: buckets.map((b) => b.received),
        },
        {
          name: t('dashboard.series.closed'),
          type: 'bar',
          barMaxWidth: 14,
          data: buckets.map((b) => b.closed),
        },
        {
          name: t('dashboard.series.overdue'),
          type: 'line',
          symbolSize: 6,
          data: buckets.map((b) => b.overdue),
        },
      ],
    };
  }, [trend, t, token]);
  const empty = trend?.buckets.every((b) => b.received === 0) ?? false;

  return (
    <Card
      size="small"
      title={t('dashboard.trend.title')}
      extra={
        <Segmented
          size="small"
          value={interval}
          onChange={(v) => onInterval(v as StatsInterval)}
          options={INTERVALS.map((i) => ({ value: i, label: t(`dashboard.interval.${i}` as MessageKey) }))}
          data-testid="dashboard-interval"
        />
      }
    >
      <Spin spinning={loading}>
        {empty || !option ? (
          <div style={{ height, display: 'grid', placeItems: 'center' }}>
            {empty ? <Empty description={t('dashboard.empty')} /> : null}
          </div>
        ) : (
          <EChart option={option} height={height} testId="dashboard-trend-chart" />
        )}
      </Spin>
    </Card>
  );
}
