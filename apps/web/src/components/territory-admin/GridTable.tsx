import { Table, type TableColumnsType, Tag } from 'antd';
import { useT } from '../../i18n/useT.ts';
import { EmptyRows } from './EmptyRows.tsx';
import { type GridRow, matches } from './territoryRows.ts';

interface Props {
  rows: GridRow[];
  query: string;
  selected: string | null;
  height: number;
  loading: boolean;
  onSelect: (code: string) => void;
}

const byNumber = (key: 'households' | 'buildings' | 'workers') => (a: GridRow, b: GridRow) => a[key] - b[key];

/** The grids of the division; picking one selects it on the map and in the other tables. */
export function GridTable({ rows, query, selected, height, loading, onSelect }: Props) {
  const t = useT();
  const shown = rows.filter((row) => matches(query, row.code, row.name, row.communityName));
  const columns: TableColumnsType<GridRow> = [
    {
      title: t('territoryAdmin.col.code'),
      dataIndex: 'code',
      width: 150,
      sorter: (a, b) => a.code.localeCompare(b.code),
    },
    { title: t('territoryAdmin.col.name'), dataIndex: 'name', ellipsis: true },
    {
      title: t('territoryAdmin.col.type'),
      dataIndex: 'type',
      width: 100,
      render: (type: GridRow['type']) => (
        <Tag color={type === 'exclusive' ? 'orange' : 'blue'} style={{ marginInlineEnd: 0 }}>
          {t(type === 'exclusive' ? 'gridType.exclusive' : 'gridType.basic')}
        </Tag>
      ),
    },
    { title: t('territoryAdmin.col.community'), dataIndex: 'communityName', ellipsis: true },
    ...(['households', 'buildings', 'workers'] as const).map((key) => ({
      title: t(`territoryAdmin.col.${key}`),
      dataIndex: key,
      width: 84,
      align: 'right' as const,
      sorter: byNumber(key),
    })),
  ];
  return (
    <Table<GridRow>
      size="small"
      rowKey="code"
      virtual
      columns={columns}
      dataSource={shown}
      loading={loading}
      pagination={false}
      scroll={{ y: height }}
      rowSelection={{
        type: 'radio',
        columnWidth: 36,
        selectedRowKeys: selected ? [selected] : [],
        onChange: (keys) => {
          const [key] = keys;
          if (key !== undefined) onSelect(String(key));
        },
      }}
      onRow={(row) => ({ onClick: () => onSelect(row.code), style: { cursor: 'pointer' } })}
      locale={{ emptyText: <EmptyRows none={rows.length === 0} /> }}
    />
  );
}
