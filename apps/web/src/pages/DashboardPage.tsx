import type { StatsDimension, StatsInterval } from '@wangge/contracts';
import { App, Card, Col, Empty, Flex, Row, Segmented, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import {
  downloadStatsExport,
  fetchStatsBreakdown,
  fetchStatsSummary,
  fetchStatsTrend,
  type StatsFilter,
} from '../api/stats.ts';
import { formatChinaTime } from '../cases/time.ts';
import { DashboardToolbar } from '../components/dashboard/DashboardToolbar.tsx';
import { KpiCards } from '../components/dashboard/KpiCards.tsx';
import {
  addDays,
  type DayRange,
  defaultInterval,
  type PeriodPreset,
  presetRange,
  today,
} from '../components/dashboard/period.ts';
import { CHART_TOP, RankingChart } from '../components/dashboard/RankingChart.tsx';
import { RankingTable } from '../components/dashboard/RankingTable.tsx';
import { METRICS, rank, type Sort } from '../components/dashboard/ranking.ts';
import { TrendChart } from '../components/dashboard/TrendChart.tsx';
import { LoadErrorAlert } from '../components/LoadErrorAlert.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useI18n } from '../i18n/useT.ts';
import { useSession } from '../session/context.ts';

const DASHBOARD_ROLES = new Set([
  'admin',
  'leader',
  'subdistrictDispatcher',
  'communityStaff',
  'gridLeader',
  'departmentHandler',
]);
const CHART_HEIGHT = 260;

/** Breakdowns that say something below the caller's (or the chosen division's) level. */
function dimensionsFor(depth: number): StatsDimension[] {
  const out: StatsDimension[] = [];
  if (depth <= 1) out.push('subdistrict');
  if (depth <= 2) out.push('community');
  out.push('grid', 'department', 'category');
  return out;
}

/** 领导驾驶舱: headline figures, the trend, and the ranking of units, for a period and a division. */
export default function DashboardPage() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { state } = useSession();

  const [preset, setPreset] = useState<PeriodPreset>('month');
  const [range, setRange] = useState<DayRange>(() => presetRange('month', today()));
  const [division, setDivision] = useState<string | undefined>(undefined);
  const [interval, setTrendInterval] = useState<StatsInterval>(() =>
    defaultInterval(presetRange('month', today())),
  );
  const [dimension, setDimension] = useState<StatsDimension | null>(null);
  const [sort, setSort] = useState<Sort>({ metric: 'received', order: 'descend' });
  const [reload, setReload] = useState(0);
  const [exporting, setExporting] = useState(false);

  const scopeDepth = useMemo(() => {
    const roles = state.status === 'authenticated' ? state.session.user.roles : [];
    const depths = roles
      .filter((r) => DASHBOARD_ROLES.has(r.role) && r.scopePath)
      .map((r) => r.scopePath!.split('.').length);
    return depths.length ? Math.min(...depths) : 4;
  }, [state]);
  const divisionDepth = division ? ({ 6: 1, 9: 2, 12: 3 }[division.length] ?? 4) : scopeDepth;
  const dimensions = dimensionsFor(Math.max(scopeDepth, divisionDepth));
  const by = dimension && dimensions.includes(dimension) ? dimension : dimensions[0]!;

  const filter: StatsFilter = { from: range.from, to: range.to, division };
  const key = [range.from, range.to, division, reload];
  const summary = useAsync((signal) => fetchStatsSummary(filter, signal), key);
  const trend = useAsync((signal) => fetchStatsTrend(filter, interval, signal), [...key, interval]);
  const breakdown = useAsync((signal) => fetchStatsBreakdown(filter, by, signal), [...key, by]);
  const ranked = useMemo(() => rank(breakdown.data?.rows ?? [], sort), [breakdown.data, sort]);
  const error = summary.error ?? trend.error ?? breakdown.error;

  const choosePreset = (next: PeriodPreset) => {
    setPreset(next);
    if (next === 'custom') return;
    const r = presetRange(next, today());
    setRange(r);
    setTrendInterval(defaultInterval(r));
  };
  const chooseRange = (r: DayRange) => {
    setRange(r);
    setTrendInterval(defaultInterval(r));
  };
  const exportWorkbook = async () => {
    setExporting(true);
    try {
      const file = await downloadStatsExport(filter, interval, locale);
      message.success(t('dashboard.exported', { file }));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setExporting(false);
    }
  };

  const s = summary.data;
  const metricLabel = t(METRICS.find((m) => m.key === sort.metric)?.label ?? 'dashboard.kpi.received');
  const unplaced = t('dashboard.table.unplaced');

  return (
    <div style={{ flex: 1, minWidth: 0, overflow: 'auto', padding: 16 }} data-testid="dashboard">
      <DashboardToolbar
        preset={preset}
        range={range}
        division={division}
        exporting={exporting}
        refreshing={summary.loading || trend.loading || breakdown.loading}
        onPreset={choosePreset}
        onRange={chooseRange}
        onDivision={setDivision}
        onExport={exportWorkbook}
        onRefresh={() => setReload((n) => n + 1)}
      />
      <Typography.Text type="secondary" style={{ display: 'block', margin: '6px 0 10px', fontSize: 12 }}>
        {t('dashboard.asOf', {
          from: range.from,
          to: addDays(range.to, -1),
          time: s ? formatChinaTime(s.asOf) : '…',
        })}
      </Typography.Text>

      {error ? (
        <LoadErrorAlert
          error={error}
          onRetry={() => setReload((n) => n + 1)}
          title={t('dashboard.loadFailed')}
          style={{ marginBottom: 12 }}
          testId="dashboard-error"
        />
      ) : null}

      <KpiCards summary={s} loading={summary.loading} />

      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} xl={12}>
          <TrendChart
            trend={trend.data}
            loading={trend.loading}
            interval={interval}
            onInterval={setTrendInterval}
            height={CHART_HEIGHT}
          />
        </Col>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={t('dashboard.breakdown.chart', { metric: metricLabel, n: CHART_TOP })}
            extra={
              <Segmented
                size="small"
                value={by}
                onChange={(v) => setDimension(v as StatsDimension)}
                options={dimensions.map((d) => ({ value: d, label: t(`dashboard.by.${d}` as MessageKey) }))}
                data-testid="dashboard-dimension"
              />
            }
          >
            <Spin spinning={breakdown.loading}>
              {ranked.some((r) => r.received > 0 || r.returned > 0) ? (
                <RankingChart rows={ranked} sort={sort} unplacedName={unplaced} height={CHART_HEIGHT} />
              ) : (
                <Flex style={{ height: CHART_HEIGHT }} align="center" justify="center">
                  {breakdown.data ? <Empty description={t('dashboard.empty')} /> : null}
                </Flex>
              )}
            </Spin>
          </Card>
        </Col>
      </Row>

      <Card
        size="small"
        title={`${t('dashboard.breakdown.title')} · ${t(`dashboard.by.${by}` as MessageKey)}`}
        style={{ marginTop: 12 }}
      >
        <RankingTable
          rows={ranked}
          sort={sort}
          onSort={setSort}
          loading={breakdown.loading}
          unplacedName={unplaced}
        />
      </Card>
    </div>
  );
}
