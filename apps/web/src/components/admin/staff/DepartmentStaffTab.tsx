import type { DepartmentAssignments } from '@wangge/contracts';
import { Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { fetchDepartmentAssignments } from '../../../api/staff.ts';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useI18n } from '../../../i18n/useT.ts';
import { LoadErrorAlert } from '../../LoadErrorAlert.tsx';
import { PersonNames } from './PersonNames.tsx';

type Department = DepartmentAssignments['items'][number];

/** 按部门: each department's handlers and its professional forces on the grids. */
export function DepartmentStaffTab() {
  const { t, locale } = useI18n();
  const [reload, setReload] = useState(0);
  // Role labels come in the request's language.
  const departments = useAsync((signal) => fetchDepartmentAssignments(signal), [reload, locale]);

  const columns: TableColumnsType<Department> = [
    {
      title: t('admin.staff.department'),
      key: 'name',
      width: 200,
      render: (_, d) => (
        <div>
          <div>{d.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d.code}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('admin.staff.handlers'),
      key: 'handlers',
      render: (_, d) => <PersonNames people={d.handlers} />,
    },
    {
      title: t('admin.staff.professionalForces'),
      key: 'forces',
      render: (_, d) => (
        <PersonNames
          people={d.gridWorkers}
          suffix={(p) => {
            const grids = d.gridWorkers.find((w) => w.assignmentId === p.assignmentId)?.grids ?? 0;
            return (
              <Typography.Text type="secondary">
                {t('admin.staff.gridsEach', { count: grids })}
              </Typography.Text>
            );
          }}
        />
      ),
    },
  ];

  return (
    <>
      {departments.error ? (
        <LoadErrorAlert
          error={departments.error}
          onRetry={() => setReload((n) => n + 1)}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Table<Department>
        size="small"
        rowKey="id"
        data-testid="staff-dept-table"
        loading={departments.loading}
        columns={columns}
        dataSource={departments.data?.items ?? []}
        locale={{ emptyText: departments.loading ? ' ' : t('admin.staff.noDepartments') }}
        pagination={false}
      />
    </>
  );
}
