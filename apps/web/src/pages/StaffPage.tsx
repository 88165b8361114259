import { Alert, Result, Tabs, Typography } from 'antd';
import { ApiError } from '../api/ApiError.ts';
import { DepartmentStaffTab } from '../components/admin/staff/DepartmentStaffTab.tsx';
import { GridStaffTab } from '../components/admin/staff/GridStaffTab.tsx';
import { UsersTab } from '../components/admin/staff/UsersTab.tsx';
import { useStaffOptions } from '../components/admin/staff/useStaffOptions.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useT } from '../i18n/useT.ts';

/** /admin/staff: who works in the territory, in which roles, on which grids and for which departments. */
export default function StaffPage() {
  const t = useT();
  const errorText = useErrorText();
  const options = useStaffOptions();
  // Only administrators manage staff: anyone else gets one clear answer, not an error per panel.
  if (options.error instanceof ApiError && options.error.status === 403) {
    return (
      <Result status="403" title={t('menu.staff')} subTitle={errorText(options.error)} style={{ flex: 1 }} />
    );
  }
  return (
    <div style={{ flex: 1, minWidth: 0, overflow: 'auto', padding: '12px 16px' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('menu.staff')}
      </Typography.Title>
      {options.error ? (
        <Alert type="warning" showIcon title={errorText(options.error)} style={{ marginTop: 8 }} />
      ) : null}
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'users',
            label: <span data-testid="staff-tab-users">{t('admin.staff.tabUsers')}</span>,
            children: <UsersTab options={options.data} />,
          },
          {
            key: 'grids',
            label: <span data-testid="staff-tab-grids">{t('admin.staff.tabGrids')}</span>,
            children: <GridStaffTab options={options.data} />,
          },
          {
            key: 'departments',
            label: <span data-testid="staff-tab-departments">{t('admin.staff.tabDepartments')}</span>,
            children: <DepartmentStaffTab />,
          },
        ]}
      />
    </div>
  );
}
