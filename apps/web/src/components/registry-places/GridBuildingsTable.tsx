import type { GridDetail } from '@wangge/contracts';
import { Empty, Table, type TableColumnsType, Typography } from 'antd';
import { useT } from '../../i18n/useT.ts';
import { AppLink } from './AppLink.tsx';

type Building = GridDetail['buildingList'][number];

export const buildingPath = (code: string) => `/registry/buildings/${code}`;

/** The buildings of a grid, each leading to its rooms and households. */
export function GridBuildingsTable({
  buildings,
  microGrids,
  loading,
}: {
  buildings: Building[];
  microGrids: GridDetail['microGrids'];
  loading: boolean;
}) {
  const t = useT();
  const microGridName = new Map(microGrids.map((m) => [m.code, m.name]));
  const columns: TableColumnsType<Building> = [
    {
      title: t('places.building.name'),
      dataIndex: 'name',
      width: 160,
      render: (name: string, row) => (
        <AppLink to={buildingPath(row.code)} testId={`building-${row.code}`}>
          {name}
        </AppLink>
      ),
    },
    {
      title: t('places.building.code'),
      dataIndex: 'code',
      width: 190,
      render: (code: string) => <Typography.Text type="secondary">{code}</Typography.Text>,
    },
    { title: t('places.building.floors'), dataIndex: 'floors', width: 70, align: 'right' },
    {
      title: t('places.building.units'),
      key: 'units',
      render: (_v, row) =>
        row.units.length === 0
          ? '—'
          : row.units
              .map((u) => t('places.building.unitPlanned', { unitNo: u.unitNo, households: u.households }))
              .join('，'),
    },
    { title: t('places.building.planned'), dataIndex: 'households', width: 100, align: 'right' },
    {
      title: t('places.building.microGrid'),
      dataIndex: 'microGridCode',
      width: 140,
      render: (code: string | null) => (code ? (microGridName.get(code) ?? code) : '—'),
    },
    {
      title: '',
      key: 'open',
      width: 110,
      render: (_v, row) => <AppLink to={buildingPath(row.code)}>{t('places.housing.openBuilding')}</AppLink>,
    },
  ];
  return (
    <Table<Building>
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={buildings}
      loading={loading}
      data-testid="housing-buildings"
      scroll={{ x: 900 }}
      pagination={buildings.length > 20 ? { pageSize: 20, size: 'small', showSizeChanger: false } : false}
      locale={{
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('places.housing.noBuildings')} />
        ),
      }}
    />
  );
}
