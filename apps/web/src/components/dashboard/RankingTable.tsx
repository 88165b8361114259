import type { StatsBreakdownRow } from '@wangge/contracts';
import { Table, type TableColumnsType, Typography } from 'antd';
import { useI18n } from '../../i18n/useT.ts';
import { formatCount, formatHours, formatRate, shortName } from './format.ts';
import { METRICS, type Metric, type Sort } from './ranking.ts';

type Row = StatsBreakdownRow & { rank: number };

/** Room for a header on one line with its sorter: about 14 px a Chinese character, 8 px a Latin one. */
const headerWidth = (text: string) =>
  [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 14 : 8), 0) + 40;

/** The ranking: one row per unit, every indicator, sorted by any column (the chart follows). */
export function RankingTable({
  rows,
  sort,
  onSort,
  loading,
  unplacedName,
}: {
  rows: StatsBreakdownRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  loading: boolean;
  unplacedName: string;
}) {
  const { t, locale } = useI18n();
  const data: Row[] = rows.map((r, i) => ({ ...r, rank: i + 1 }));
  const columns: TableColumnsType<Row> = [
    { title: t('dashboard.table.rank'), dataIndex: 'rank', width: 48, fixed: 'left' },
    {
      title: t('dashboard.table.name'),
      key: 'name',
      fixed: 'left',
      width: 158,
      render: (_, r) => (
        <div style={{ lineHeight: 1.25 }} title={r.name ?? undefined}>
          <div>{r.name ? shortName(r.name) : unplacedName}</div>
          {r.code ? (
            <Typography.Text type="secondary" style={{ fontSize: 11 }}>
              {r.code}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    ...METRICS.map(({ key, kind, label, short }) => ({
      title: t(short ?? label),
      dataIndex: key,
      key,
      align: 'right' as const,
      width: Math.max(kind === 'count' ? 80 : 96, headerWidth(t(short ?? label))),
      sorter: true,
      sortDirections: ['descend', 'ascend'] as Array<'descend' | 'ascend'>,
      sortOrder: sort.metric === key ? sort.order : null,
      render: (v: number | null) =>
        kind === 'rate'
          ? formatRate(v, locale)
          : kind === 'hours'
            ? formatHours(v, locale)
            : formatCount(v ?? 0, locale),
    })),
  ];
  return (
    <Table<Row>
      size="small"
      rowKey={(r) => r.code ?? '—'}
      columns={columns}
      dataSource={data}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true, size: 'small' }}
      onChange={(_, __, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        if (s?.columnKey && s.order) onSort({ metric: s.columnKey as Metric, order: s.order });
        else if (s?.columnKey) onSort({ metric: s.columnKey as Metric, order: 'descend' });
      }}
      data-testid="dashboard-ranking-table"
    />
  );
}
