import type { GridDetail } from '@wangge/contracts';
import { Descriptions, Empty, List, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatNumber, type MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useT.ts';
import { GridBuildingTable } from './GridBuildingTable.tsx';
import { GridStaffTable } from './GridStaffTable.tsx';

const PARTY_ORG_KINDS = new Set([
  'subdistrict_committee',
  'community_committee',
  'grid_branch',
  'party_group',
  'household_hub',
]);

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {title}
      </Typography.Title>
      {children}
    </>
  );
}

/** Everything about one grid: summary, staff, buildings, micro-grids, party organisations. */
export function GridDetailView({ grid }: { grid: GridDetail }) {
  const { t, locale } = useI18n();
  const partyOrgKind = (kind: string) =>
    PARTY_ORG_KINDS.has(kind) ? t(`partyOrg.${kind}` as MessageKey) : kind;

  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'code', label: t('grid.code'), children: grid.code, span: 2 },
          {
            key: 'type',
            label: t('grid.type'),
            children: (
              <Tag color={grid.type === 'exclusive' ? 'orange' : 'blue'}>{t(`gridType.${grid.type}`)}</Tag>
            ),
          },
          { key: 'community', label: t('grid.community'), children: grid.communityName },
          ...(grid.unitName
            ? [{ key: 'unit', label: t('grid.unitName'), children: grid.unitName, span: 2 }]
            : []),
          { key: 'subdistrict', label: t('grid.subdistrict'), children: grid.subdistrict.name },
          { key: 'district', label: t('grid.district'), children: grid.district.name },
          { key: 'households', label: t('grid.households'), children: formatNumber(locale, grid.households) },
          {
            key: 'buildings',
            label: t('grid.buildingCount'),
            children: formatNumber(locale, grid.buildings),
          },
          {
            key: 'area',
            label: t('grid.area'),
            children: `${formatNumber(locale, grid.areaM2)} m²`,
            span: 2,
          },
        ]}
      />
      <Section title={t('grid.staff')}>
        <GridStaffTable staff={grid.staff} />
      </Section>
      <Section title={t('grid.buildings')}>
        <GridBuildingTable buildings={grid.buildingList} microGrids={grid.microGrids} />
      </Section>
      <Section title={t('grid.microGrids')}>
        <Table
          size="small"
          pagination={false}
          rowKey="code"
          dataSource={grid.microGrids}
          columns={[
            { title: t('microGrid.name'), dataIndex: 'name' },
            { title: t('microGrid.code'), dataIndex: 'code' },
            { title: t('microGrid.buildings'), dataIndex: 'buildings', align: 'right' },
          ]}
        />
      </Section>
      <Section title={t('grid.partyOrgs')}>
        {grid.partyOrgs.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.none')} />
        ) : (
          <List
            size="small"
            bordered
            dataSource={grid.partyOrgs}
            renderItem={(org) => (
              <List.Item key={org.id}>
                <span>{org.name}</span>
                <Tag color="red">{partyOrgKind(org.kind)}</Tag>
              </List.Item>
            )}
          />
        )}
      </Section>
    </>
  );
}
