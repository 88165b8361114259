import { Empty, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { OrganisationListItem } from '../../api/registryOrgs.ts';
import { useI18n } from '../../i18n/useT.ts';
import { AppLink } from './AppLink.tsx';
import { dict } from './labels.ts';

export const orgPath = (id: string) => `/registry/organisations/${id}`;
export const ORG_PAGE_SIZE = 20;

/** Organisations with their credit code, representative and contact (phone masked), grid and party ties. */
export function OrgTable({
  items,
  total,
  page,
  loading,
  emptyText,
  onPage,
}: {
  items: OrganisationListItem[];
  total: number;
  page: number;
  loading: boolean;
  emptyText: string;
  onPage: (page: number) => void;
}) {
  const { t, locale } = useI18n();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const columns: TableColumnsType<OrganisationListItem> = [
    {
      title: t('places.orgs.name'),
      dataIndex: 'name',
      width: 220,
      fixed: 'start',
      render: (name: string, row) => (
        <AppLink to={orgPath(row.id)} testId="org-link">
          {name}
        </AppLink>
      ),
    },
    {
      title: t('places.orgs.kind'),
      dataIndex: 'kind',
      width: 120,
      render: (k: string) => dict('orgKind', k, locale),
    },
    {
      title: t('places.orgs.uscc'),
      dataIndex: 'uscc',
      width: 200,
      render: (v: string | null) =>
        v ? (
          <Typography.Text copyable style={{ whiteSpace: 'nowrap' }}>
            {v}
          </Typography.Text>
        ) : (
          dash
        ),
    },
    {
      title: t('places.orgs.legalRep'),
      dataIndex: 'legalRepName',
      width: 100,
      render: (v: string | null) => v ?? dash,
    },
    {
      title: t('places.orgs.contact'),
      dataIndex: 'contactPhoneMasked',
      width: 190,
      render: (v: string | null, row) =>
        v || row.contactName ? (
          <span style={{ whiteSpace: 'nowrap' }}>{[row.contactName, v].filter(Boolean).join(' · ')}</span>
        ) : (
          dash
        ),
    },
    {
      title: t('places.grid'),
      key: 'grid',
      render: (_v, row) => (
        <Typography.Text ellipsis={{ tooltip: `${row.community.name} · ${row.grid.name}` }}>
          {row.grid.name}
        </Typography.Text>
      ),
    },
    {
      title: t('places.orgs.partyOrgCol'),
      dataIndex: 'hasPartyOrg',
      width: 110,
      render: (has: boolean, row) =>
        has ? (
          <Tag color="red">
            {row.partyMembers != null
              ? t('places.orgs.partyMembersN', { n: row.partyMembers })
              : t('places.yes')}
          </Tag>
        ) : (
          dash
        ),
    },
    {
      title: t('places.orgs.dualCol'),
      dataIndex: 'dualRegistered',
      width: 90,
      render: (dual: boolean) => (dual ? <Tag color="volcano">{t('places.orgs.dualYes')}</Tag> : dash),
    },
  ];
  return (
    <Table<OrganisationListItem>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      data-testid="orgs-table"
      scroll={{ x: 1170 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      pagination={{
        current: page,
        pageSize: ORG_PAGE_SIZE,
        total,
        showSizeChanger: false,
        showTotal: (count) => t('places.orgs.total', { total: count }),
        onChange: onPage,
      }}
    />
  );
}
