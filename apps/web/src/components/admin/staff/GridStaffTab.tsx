import type { AssignedPerson, GridAssignments } from '@wangge/contracts';
import { Flex, Input, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { fetchGridAssignments } from '../../../api/staff.ts';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useT } from '../../../i18n/useT.ts';
import { LoadErrorAlert } from '../../LoadErrorAlert.tsx';
import { PersonNames } from './PersonNames.tsx';
import { communitiesOf, type StaffOptions } from './useStaffOptions.ts';

type Grid = GridAssignments['items'][number];

const by = (staff: AssignedPerson[], keep: (p: AssignedPerson) => boolean) => staff.filter(keep);
const isWorker = (p: AssignedPerson) => p.role === 'gridWorker';

/** 按网格: each grid with who works it (一员一格、一员多格、一格多员 at a glance). */
export function GridStaffTab({ options }: { options: StaffOptions | null }) {
  const t = useT();
  const [community, setCommunity] = useState<string | undefined>();
  const [name, setName] = useState('');
  const [reload, setReload] = useState(0);
  const grids = useAsync((signal) => fetchGridAssignments(community ?? null, signal), [community, reload]);
  const communities = useMemo(() => communitiesOf(options?.tree ?? []), [options]);

  const needle = name.trim().toLowerCase();
  const rows = (grids.data?.items ?? []).filter(
    (g) =>
      !needle ||
      g.name.includes(needle) ||
      g.staff.some(
        (p) => p.displayName.toLowerCase().includes(needle) || p.username.toLowerCase().includes(needle),
      ),
  );

  const columns: TableColumnsType<Grid> = [
    {
      title: t('admin.staff.grid'),
      key: 'grid',
      width: 210,
      fixed: 'start',
      render: (_, g) => (
        <div>
          <div>
            {g.name}
            {g.type === 'exclusive' ? (
              <Tag color="purple" style={{ marginInlineStart: 6 }}>
                {t('gridType.exclusive')}
              </Tag>
            ) : null}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {g.code}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('admin.staff.gridLeaders'),
      key: 'leaders',
      width: 110,
      render: (_, g) => <PersonNames people={by(g.staff, (p) => p.role === 'gridLeader')} />,
    },
    {
      title: t('admin.staff.gridWorkers'),
      key: 'workers',
      render: (_, g) => (
        <PersonNames
          people={by(g.staff, (p) => isWorker(p) && p.force !== 'professional' && p.force !== 'linked')}
          suffix={(p) =>
            p.employment === 'part_time' ? (
              <Typography.Text type="secondary">{t('admin.staff.partTimeMark')}</Typography.Text>
            ) : null
          }
        />
      ),
    },
    {
      title: t('force.professional'),
      key: 'professional',
      render: (_, g) => (
        <PersonNames
          people={by(g.staff, (p) => isWorker(p) && p.force === 'professional')}
          suffix={(p) =>
            p.departmentName ? (
              <Typography.Text type="secondary">（{p.departmentName}）</Typography.Text>
            ) : null
          }
        />
      ),
    },
    {
      title: t('force.linked'),
      key: 'linked',
      width: 160,
      render: (_, g) => <PersonNames people={by(g.staff, (p) => isWorker(p) && p.force === 'linked')} />,
    },
    {
      title: t('admin.staff.volunteers'),
      key: 'building',
      width: 150,
      render: (_, g) => {
        const buildings = by(g.staff, (p) => p.role === 'buildingLeader').length;
        const units = by(g.staff, (p) => p.role === 'unitLeader').length;
        return (
          <Typography.Text type="secondary">
            {t('admin.staff.buildingUnitCount', { buildings, units })}
          </Typography.Text>
        );
      },
    },
  ];

  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('admin.staff.allCommunities')}
          value={community}
          onChange={setCommunity}
          options={communities.map((c) => ({ value: c.code, label: c.name }))}
          style={{ width: 240 }}
          data-testid="staff-grid-community"
        />
        <Input.Search
          allowClear
          placeholder={t('admin.staff.findPerson')}
          onSearch={setName}
          onChange={(e) => {
            if (!e.target.value) setName('');
          }}
          style={{ width: 220 }}
          data-testid="staff-grid-search"
        />
        {grids.data ? (
          <Typography.Text type="secondary">
            {t('admin.staff.gridCount', { count: rows.length })}
          </Typography.Text>
        ) : null}
      </Flex>
      {grids.error ? (
        <LoadErrorAlert
          error={grids.error}
          onRetry={() => setReload((n) => n + 1)}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Table<Grid>
        size="small"
        rowKey="code"
        data-testid="staff-grid-table"
        loading={grids.loading}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 1000 }}
        locale={{ emptyText: grids.loading ? ' ' : t('admin.staff.noGrids') }}
        pagination={{ pageSize: 10, showSizeChanger: false }}
      />
    </>
  );
}
