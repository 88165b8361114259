import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { UserSummary } from '@wangge/contracts';
import { App, Button, Flex, Input, Popconfirm, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { listUsers, updateUser } from '../../../api/staff.ts';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useErrorText } from '../../../i18n/useErrorText.ts';
import { useT } from '../../../i18n/useT.ts';
import { useSession } from '../../../session/context.ts';
import { LoadErrorAlert } from '../../LoadErrorAlert.tsx';
import { AssignmentTag } from './AssignmentText.tsx';
import { PasswordModal } from './PasswordModal.tsx';
import { RolesModal } from './RolesModal.tsx';
import { UserCreateModal } from './UserCreateModal.tsx';
import type { StaffOptions } from './useStaffOptions.ts';

const PAGE_SIZE = 20;

type Dialog =
  | { kind: 'create' }
  | { kind: 'roles'; user: UserSummary }
  | { kind: 'password'; user: UserSummary };

/** The people of the territory: search, filter, add, and each one's roles, state and password. */
export function UsersTab({ options }: { options: StaffOptions | null }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { state } = useSession();
  const me = state.status === 'authenticated' ? state.session.user.id : null;
  const [q, setQ] = useState('');
  const [role, setRole] = useState<string | undefined>();
  const [disabled, setDisabled] = useState<'true' | 'false' | undefined>();
  const [page, setPage] = useState(1);
  const [reload, setReload] = useState(0);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const list = useAsync(
    (signal) =>
      listUsers(
        { q: q || undefined, role, disabled, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
        signal,
      ),
    [q, role, disabled, page, reload],
  );
  const refresh = () => setReload((n) => n + 1);

  const setState = async (user: UserSummary, nextDisabled: boolean) => {
    try {
      await updateUser(user.id, { disabled: nextDisabled });
      message.success(
        t(nextDisabled ? 'admin.staff.disabledDone' : 'admin.staff.enabledDone', { name: user.displayName }),
      );
      refresh();
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const columns: TableColumnsType<UserSummary> = [
    { title: t('login.username'), dataIndex: 'username', width: 170 },
    { title: t('staff.name'), dataIndex: 'displayName', width: 110 },
    {
      title: t('admin.staff.rolesColumn'),
      key: 'roles',
      render: (_, u) => (
        <Flex wrap gap={0}>
          {u.roles.slice(0, 6).map((a) => (
            <AssignmentTag key={a.id} assignment={a} />
          ))}
          {u.roles.length > 6 ? <Tag>{t('admin.staff.moreRoles', { count: u.roles.length - 6 })}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('admin.staff.state'),
      key: 'state',
      width: 80,
      render: (_, u) =>
        u.disabled ? (
          <Tag color="red">{t('admin.staff.disabled')}</Tag>
        ) : (
          <Tag color="green">{t('admin.staff.enabled')}</Tag>
        ),
    },
    {
      title: t('admin.actions'),
      key: 'actions',
      width: 280,
      render: (_, u) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            disabled={!options}
            onClick={() => setDialog({ kind: 'roles', user: u })}
            data-testid="staff-roles"
          >
            {t('admin.staff.manageRoles')}
          </Button>
          <Popconfirm
            title={t(u.disabled ? 'admin.staff.enableConfirm' : 'admin.staff.disableConfirm', {
              name: u.displayName,
            })}
            onConfirm={() => setState(u, !u.disabled)}
            okText={t(u.disabled ? 'admin.staff.enable' : 'admin.staff.disable')}
            cancelText={t('admin.cancel')}
            disabled={u.id === me}
          >
            <Button
              type="link"
              size="small"
              danger={!u.disabled}
              disabled={u.id === me}
              data-testid="staff-toggle"
            >
              {t(u.disabled ? 'admin.staff.enable' : 'admin.staff.disable')}
            </Button>
          </Popconfirm>
          <Button
            type="link"
            size="small"
            disabled={u.id === me}
            onClick={() => setDialog({ kind: 'password', user: u })}
            data-testid="staff-reset-password"
          >
            {t('admin.staff.resetPassword')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('admin.staff.searchPlaceholder')}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
          style={{ width: 240 }}
          data-testid="staff-search"
        />
        <Select
          allowClear
          placeholder={t('admin.staff.filterRole')}
          value={role}
          onChange={(value) => {
            setRole(value);
            setPage(1);
          }}
          options={(options?.roles ?? []).map((r) => ({ value: r.role, label: r.label }))}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 190 }}
          data-testid="staff-role-filter"
        />
        <Select
          allowClear
          placeholder={t('admin.staff.filterState')}
          value={disabled}
          onChange={(value) => {
            setDisabled(value);
            setPage(1);
          }}
          options={[
            { value: 'false', label: t('admin.staff.enabled') },
            { value: 'true', label: t('admin.staff.disabled') },
          ]}
          style={{ width: 120 }}
          data-testid="staff-state-filter"
        />
        <Button icon={<ReloadOutlined />} onClick={refresh} aria-label={t('admin.reload')} />
        <div style={{ flex: 1 }} />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!options}
          onClick={() => setDialog({ kind: 'create' })}
          data-testid="staff-add"
        >
          {t('admin.staff.add')}
        </Button>
      </Flex>
      {list.error ? (
        <LoadErrorAlert error={list.error} onRetry={refresh} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<UserSummary>
        size="small"
        rowKey="id"
        data-testid="staff-table"
        loading={list.loading}
        columns={columns}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: list.loading ? ' ' : t('admin.staff.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('admin.staff.total', { total }),
          onChange: setPage,
        }}
        onRow={(u) => ({ style: u.disabled ? { color: '#999' } : {} })}
      />
      {dialog?.kind === 'create' && options ? (
        <UserCreateModal
          options={options}
          onClose={() => setDialog(null)}
          onCreated={() => {
            setDialog(null);
            refresh();
          }}
        />
      ) : null}
      {dialog?.kind === 'roles' && options ? (
        <RolesModal
          user={dialog.user}
          options={options}
          onClose={() => setDialog(null)}
          onChanged={refresh}
        />
      ) : null}
      {dialog?.kind === 'password' ? (
        <PasswordModal user={dialog.user} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}
