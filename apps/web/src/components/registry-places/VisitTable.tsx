import { CheckSquareOutlined } from '@ant-design/icons';
import { Button, Empty, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { VisitScheduleItem } from '../../api/registryCare.ts';
import { useT } from '../../i18n/useT.ts';
import { AppLink } from './AppLink.tsx';

const STATE_COLOR = { overdue: 'red', due: 'orange', ok: 'green' } as const;

/** The people to visit, the most overdue first, each with 记录走访. */
export function VisitTable({
  items,
  loading,
  tagName,
  emptyText,
  onVisit,
}: {
  items: VisitScheduleItem[];
  loading: boolean;
  tagName: (tag: VisitScheduleItem['tag']) => string;
  emptyText: string;
  onVisit: (item: VisitScheduleItem) => void;
}) {
  const t = useT();
  const columns: TableColumnsType<VisitScheduleItem> = [
    {
      title: t('places.visits.person'),
      dataIndex: 'personName',
      width: 110,
      fixed: 'start',
      render: (name: string, row) => (
        <AppLink to={`/registry/people/${row.personId}`} testId="visit-person">
          {name}
        </AppLink>
      ),
    },
    {
      title: t('places.visits.address'),
      dataIndex: 'address',
      render: (address: string | null, row) => (
        <Typography.Text ellipsis={{ tooltip: true }} style={{ maxWidth: 260 }}>
          {address ?? row.grid.name}
        </Typography.Text>
      ),
    },
    {
      title: t('places.visits.careGroup'),
      key: 'tag',
      width: 190,
      render: (_v, row) => (
        <span>
          <Tag style={{ marginInlineEnd: 4 }}>{tagName(row.tag)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('places.visits.every', { days: row.tag.visitEveryDays })}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: t('places.visits.lastVisit'),
      dataIndex: 'lastVisit',
      width: 110,
      render: (day: string | null) =>
        day ?? <Typography.Text type="secondary">{t('places.visits.never')}</Typography.Text>,
    },
    { title: t('places.visits.dueOn'), dataIndex: 'dueOn', width: 110 },
    {
      title: t('places.visits.state'),
      dataIndex: 'state',
      width: 120,
      render: (state: VisitScheduleItem['state'], row) =>
        row.overdueDays > 0 ? (
          <Tag color="red" style={{ fontWeight: 600 }} data-testid="visit-overdue-days">
            {t('places.visits.overdueDays', { days: row.overdueDays })}
          </Tag>
        ) : (
          <Tag color={STATE_COLOR[state]}>{t(`places.visits.state.${state}`)}</Tag>
        ),
    },
    {
      title: t('places.visits.workers'),
      key: 'workers',
      width: 150,
      render: (_v, row) => (
        <Typography.Text ellipsis={{ tooltip: row.grid.name }}>
          {row.workers.length ? row.workers.map((w) => w.name).join('、') : t('places.visits.noWorker')}
        </Typography.Text>
      ),
    },
    {
      title: t('places.actions'),
      key: 'visit',
      width: 130,
      render: (_v, row) => (
        <Button
          size="small"
          icon={<CheckSquareOutlined />}
          onClick={() => onVisit(row)}
          data-testid="visit-record"
        >
          {t('places.visits.record')}
        </Button>
      ),
    },
  ];
  return (
    <Table<VisitScheduleItem>
      size="small"
      rowKey={(row) => `${row.personId}-${row.tag.code}`}
      columns={columns}
      dataSource={items}
      loading={loading}
      data-testid="visits-table"
      scroll={{ x: 1150 }}
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
    />
  );
}
