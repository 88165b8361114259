import { Table, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/useT.ts';
import { EmptyRows } from './EmptyRows.tsx';
import { type MicroGridRow, matches } from './territoryRows.ts';

interface Props {
  rows: MicroGridRow[];
  query: string;
  height: number;
  loading: boolean;
  onPick: (code: string) => void;
}

/** Micro-grids of the selected grid, or of the whole division. */
export function MicroGridTable({ rows, query, height, loading, onPick }: Props) {
  const t = useT();
  const shown = rows.filter((row) => matches(query, row.code, row.name, row.gridName));
  const columns: TableColumnsType<MicroGridRow> = [
    { title: t('territoryAdmin.col.code'), dataIndex: 'code', width: 190 },
    { title: t('territoryAdmin.col.name'), dataIndex: 'name', ellipsis: true },
    { title: t('territoryAdmin.col.grid'), dataIndex: 'gridName', ellipsis: true },
  ];
  return (
    <Table<MicroGridRow>
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
