import {
  Button,
  type ButtonProps,
  Popconfirm,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
  theme,
} from 'antd';
import type { HTMLAttributes } from 'react';
import type { Open311Client } from '../../api/open311.ts';
import { formatChinaTime } from '../../cases/time.ts';
import { useT } from '../../i18n/useT.ts';

/** The client applications, newest first; revoked ones stay listed, greyed, with when they were revoked. */
export function ClientsTable({
  items,
  loading,
  districtNames,
  revoking,
  onRevoke,
}: {
  items: Open311Client[];
  loading: boolean;
  districtNames: ReadonlyMap<string, string>;
  /** The client whose revocation is under way. */
  revoking: string | null;
  onRevoke: (client: Open311Client) => void;
}) {
  const t = useT();
  const { token } = theme.useToken();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;

  const columns: TableColumnsType<Open311Client> = [
    {
      title: t('open311.column.name'),
      dataIndex: 'name',
      render: (name: string) => <span data-testid="open311-row-name">{name}</span>,
    },
    {
      title: t('open311.column.contact'),
      dataIndex: 'contact',
      width: 160,
      ellipsis: { showTitle: true },
      render: (c: string | null) => c || dash,
    },
    {
      title: t('open311.column.key'),
      dataIndex: 'keyPrefix',
      width: 110,
      render: (prefix: string) => (
        <code style={{ whiteSpace: 'nowrap' }} data-testid="open311-row-prefix">
          {prefix}…
        </code>
      ),
    },
    {
      title: t('open311.column.district'),
      dataIndex: 'districtCode',
      width: 100,
      render: (code: string) => districtNames.get(code) ?? code,
    },
    {
      title: t('open311.column.created'),
      dataIndex: 'createdAt',
      width: 140,
      render: (at: string) => formatChinaTime(at),
    },
    {
      title: t('open311.column.createdBy'),
      dataIndex: 'createdByName',
      width: 100,
      render: (name: string | null) => name || dash,
    },
    {
      title: t('open311.column.lastUsed'),
      dataIndex: 'lastUsedAt',
      width: 140,
      render: (at: string | null) => (at ? formatChinaTime(at) : t('open311.neverUsed')),
    },
    {
      title: t('open311.column.status'),
      key: 'status',
      width: 165,
      render: (_, c) =>
        c.revokedAt ? (
          <>
            <Tag data-testid="open311-row-status">{t('open311.revoked')}</Tag>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('open311.revokedAt', { time: formatChinaTime(c.revokedAt) })}
            </Typography.Text>
          </>
        ) : (
          <Tag color="green" data-testid="open311-row-status">
            {t('open311.active')}
          </Tag>
        ),
    },
    {
      title: t('admin.actions'),
      key: 'actions',
      width: 80,
      render: (_, c) =>
        c.revokedAt ? null : (
          <Popconfirm
            title={t('open311.revokeConfirm', { name: c.name })}
            description={<div style={{ maxWidth: 300 }}>{t('open311.revokeExplain')}</div>}
            okText={t('open311.revoke')}
            cancelText={t('admin.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'open311-revoke-confirm' } as ButtonProps}
            onConfirm={() => onRevoke(c)}
          >
            <Button type="link" size="small" danger loading={revoking === c.id} data-testid="open311-revoke">
              {t('open311.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Table<Open311Client>
      size="small"
      rowKey="id"
      data-testid="open311-table"
      loading={loading}
      columns={columns}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 1160 }}
      locale={{ emptyText: loading ? ' ' : t('open311.empty') }}
      onRow={(c) =>
        ({
          'data-testid': 'open311-row',
          'data-status': c.revokedAt ? 'revoked' : 'active',
          style: c.revokedAt ? { color: token.colorTextDisabled, background: token.colorFillQuaternary } : {},
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
