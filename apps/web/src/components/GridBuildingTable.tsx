import type { GridDetail } from '@wangge/contracts';
import { Table, type TableColumnsType } from 'antd';
import { useT } from '../i18n/useT.ts';

type Building = GridDetail['buildingList'][number];

/** Buildings of a grid with their units and households. */
export function GridBuildingTable({
  buildings,
  microGrids,
}: {
  buildings: Building[];
  microGrids: GridDetail['microGrids'];
}) {
  const t = useT();
  const microGridName = new Map(microGrids.map((micro) => [micro.code, micro.name]));
  const columns: TableColumnsType<Building> = [
    { title: t('building.name'), dataIndex: 'name', width: 120 },
    { title: t('building.floors'), dataIndex: 'floors', width: 60, align: 'right' },
    {
      title: t('building.units'),
      key: 'units',
      render: (_value, row) =>
        row.units
          .map((unit) => t('building.unit', { unitNo: unit.unitNo, households: unit.households }))
          .join('，'),
    },
    { title: t('building.households'), dataIndex: 'households', width: 70, align: 'right' },
    {
      title: t('building.microGrid'),
      dataIndex: 'microGridCode',
      width: 110,
      render: (code: string | null) => (code ? (microGridName.get(code) ?? code) : '—'),
    },
  ];
  return (
    <Table<Building>
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={buildings}
      pagination={buildings.length > 10 ? { pageSize: 10, size: 'small' } : false}
    />
  );
}
