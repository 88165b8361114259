import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import type { DivisionNode } from '@wangge/contracts';
import { Button, DatePicker, Flex, Segmented, TreeSelect, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { fetchTree } from '../../api/org.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useT.ts';
import { addDays, type DayRange, daysBetween, MAX_PERIOD_DAYS, type PeriodPreset } from './period.ts';

const PRESETS: readonly PeriodPreset[] = ['week', 'month', 'year', 'custom'];

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}
const toOption = (n: DivisionNode): TreeOption => ({
  value: n.code,
  title: n.name,
  children: n.children.map(toOption),
});

/** Period (this week / month / year / custom days), division within scope, export and refresh. */
export function DashboardToolbar({
  preset,
  range,
  division,
  exporting,
  refreshing,
  onPreset,
  onRange,
  onDivision,
  onExport,
  onRefresh,
}: {
  preset: PeriodPreset;
  range: DayRange;
  division: string | undefined;
  exporting: boolean;
  refreshing: boolean;
  onPreset: (preset: PeriodPreset) => void;
  onRange: (range: DayRange) => void;
  onDivision: (code: string | undefined) => void;
  onExport: () => void;
  onRefresh: () => void;
}) {
  const { t } = useI18n();
  const tree = useAsync((signal) => fetchTree(signal), []);
  const last = addDays(range.to, -1);
  // Disallow picking an end more than MAX_PERIOD_DAYS from the chosen start (and vice versa).
  const disabledDate = (current: Dayjs, info: { from?: Dayjs }) =>
    info.from ? Math.abs(current.diff(info.from, 'day')) >= MAX_PERIOD_DAYS : false;

  return (
    <Flex align="center" gap={8} wrap>
      <Typography.Title level={4} style={{ margin: '0 8px 0 0' }}>
        {t('dashboard.title')}
      </Typography.Title>
      <Segmented
        value={preset}
        onChange={(v) => onPreset(v as PeriodPreset)}
        options={PRESETS.map((p) => ({ value: p, label: t(`dashboard.period.${p}` as MessageKey) }))}
        data-testid="dashboard-period"
      />
      <span data-testid="dashboard-range">
        <DatePicker.RangePicker
          value={[dayjs(range.from), dayjs(last)]}
          allowClear={false}
          disabled={preset !== 'custom'}
          disabledDate={disabledDate}
          onChange={(values) => {
            const [a, b] = values ?? [];
            if (!a || !b) return;
            const from = a.format('YYYY-MM-DD');
            const to = addDays(b.format('YYYY-MM-DD'), 1);
            if (daysBetween(from, to) <= MAX_PERIOD_DAYS) onRange({ from, to });
          }}
          style={{ width: 240 }}
        />
      </span>
      <TreeSelect
        allowClear
        showSearch
        treeNodeFilterProp="title"
        placeholder={t('dashboard.division.all')}
        value={division}
        onChange={(v?: string) => onDivision(v || undefined)}
        treeData={(tree.data?.roots ?? []).map(toOption)}
        treeDefaultExpandAll
        loading={tree.loading}
        popupMatchSelectWidth={280}
        style={{ width: 220 }}
        data-testid="dashboard-division"
      />
      <Flex gap={8} style={{ marginLeft: 'auto' }}>
        <Button icon={<ReloadOutlined />} loading={refreshing} onClick={onRefresh}>
          {t('dashboard.refresh')}
        </Button>
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          loading={exporting}
          onClick={onExport}
          data-testid="dashboard-export"
        >
          {t('dashboard.export')}
        </Button>
      </Flex>
    </Flex>
  );
}
