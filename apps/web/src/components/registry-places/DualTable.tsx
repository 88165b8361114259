import { Button, Empty, Popconfirm, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { DualRegistration } from '../../api/registryCare.ts';
import { useT } from '../../i18n/useT.ts';
import { AppLink } from './AppLink.tsx';

export const DUAL_PAGE_SIZE = 50;

/** 双报到 registrations: who (a party member or a unit), where, since when, what they serve with. */
export function DualTable({
  items,
  total,
  page,
  loading,
  canEnd,
  ending,
  emptyText,
  onPage,
  onEnd,
}: {
  items: DualRegistration[];
  total: number;
  page: number;
  loading: boolean;
  canEnd: boolean;
  ending: string | null;
  emptyText: string;
  onPage: (page: number) => void;
  onEnd: (row: DualRegistration) => void;
}) {
  const t = useT();
  const columns: TableColumnsType<DualRegistration> = [
    {
      title: t('places.dual.kind'),
      dataIndex: 'kind',
      width: 80,
      render: (kind: DualRegistration['kind']) => (
        <Tag color={kind === 'member' ? 'red' : 'blue'}>{t(`places.dual.kind.${kind}`)}</Tag>
      ),
    },
    {
      title: t('places.dual.name'),
      dataIndex: 'name',
      width: 200,
      render: (name: string, row) =>
        row.personId ? (
          <AppLink to={`/registry/people/${row.personId}`}>{name}</AppLink>
        ) : row.organisationId ? (
          <AppLink to={`/registry/organisations/${row.organisationId}`}>{name}</AppLink>
        ) : (
          name
        ),
    },
    { title: t('places.community'), key: 'community', width: 200, render: (_v, row) => row.community.name },
    { title: t('places.dual.registeredOn'), dataIndex: 'registeredOn', width: 110 },
    {
      title: t('places.dual.services'),
      dataIndex: 'services',
      render: (services: string | null) =>
        services ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: services }} style={{ margin: 0 }}>
            {services}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('places.dual.status'),
      dataIndex: 'endedOn',
      width: 150,
      render: (endedOn: string | null) =>
        endedOn ? (
          <Tag>{t('places.dual.endedOn', { day: endedOn })}</Tag>
        ) : (
          <Tag color="green">{t('places.dual.active')}</Tag>
        ),
    },
    ...(canEnd
      ? [
          {
            title: t('places.actions'),
            key: 'end',
            width: 100,
            render: (_v: unknown, row: DualRegistration) =>
              row.endedOn ? null : (
                <Popconfirm
                  title={t('places.dual.endConfirm', { name: row.name })}
                  description={t('places.dual.endExplain')}
                  okText={t('places.dual.end')}
                  cancelText={t('places.cancel')}
                  onConfirm={() => onEnd(row)}
                >
                  <Button size="small" danger loading={ending === row.id} data-testid="dual-end">
                    {t('places.dual.end')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];
  return (
    <Table<DualRegistration>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      data-testid="dual-table"
      scroll={{ x: 1000 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      pagination={{
        current: page,
        pageSize: DUAL_PAGE_SIZE,
        total,
        showSizeChanger: false,
        hideOnSinglePage: true,
        onChange: onPage,
      }}
    />
  );
}
