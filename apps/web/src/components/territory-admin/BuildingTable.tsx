import { Table, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/useT.ts';
import { EmptyRows } from './EmptyRows.tsx';
import { type BuildingRow, matches } from './territoryRows.ts';

interface Props {
  rows: BuildingRow[];
  query: string;
  height: number;
  loading: boolean;
  onPick: (code: string) => void;
}

/** Buildings of the selected grid, or of the whole division. */
export function BuildingTable({ rows, query, height, loading, onPick }: Props) {
  const t = useT();
  const shown = rows.filter((row) => matches(query, row.code, row.name, row.gridName));
  const number = (key: 'floors' | 'units' | 'households') => ({
    title: t(`territoryAdmin.col.${key}`),
    dataIndex: key,
    width: 84,
    align: 'right' as const,
    sorter: (a: BuildingRow, b: BuildingRow) => a[key] - b[key],
  });
  const columns: TableColumnsType<BuildingRow> = [
    { title: t('territoryAdmin.col.code'), dataIndex: 'code', width: 190 },
    { title: t('territoryAdmin.col.name'), dataIndex: 'name', ellipsis: true },
    { title: t('territoryAdmin.col.grid'), dataIndex: 'gridName', ellipsis: true },
    number('floors'),
    number('units'),
    number('households'),
  ];
  return (
    <Table<BuildingRow>
      size="small"
      rowKey="code"
      virtual
      columns={columns}
      dataSource={shown}
      loading={loading}
      pagination={false}
      scroll={{ y: height }}
      onRow={(row) => ({ onClick: () => onPick(row.code), style: { cursor: 'pointer' } })}
      locale={{ emptyText: <EmptyRows none={rows.length === 0} /> }}
    />
  );
}
