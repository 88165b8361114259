import type { GridDetail } from '@wangge/contracts';
import { Table, type TableColumnsType } from 'antd';
import { useT } from '../i18n/useT.ts';

type Staff = GridDetail['staff'][number];

export function GridStaffTable({ staff }: { staff: Staff[] }) {
  const t = useT();
  const columns: TableColumnsType<Staff> = [
    { title: t('staff.name'), dataIndex: 'displayName' },
    { title: t('staff.role'), dataIndex: 'roleLabel' },
    {
      title: t('staff.force'),
      dataIndex: 'force',
      render: (force: Staff['force']) => (force ? t(`force.${force}`) : '—'),
    },
    {
      title: t('staff.employment'),
      dataIndex: 'employment',
      render: (employment: Staff['employment']) => (employment ? t(`employment.${employment}`) : '—'),
    },
  ];
  return (
    <Table<Staff>
      size="small"
      pagination={false}
      rowKey={(row) => `${row.userId}-${row.role}`}
      columns={columns}
      dataSource={staff}
    />
  );
}
