import { type Assignment, RoleGrantRequest, type UserSummary } from '@wangge/contracts';
import { Alert, App, Button, Divider, Empty, Form, Modal, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import { grantRole, listUsers, revokeRole } from '../../../api/staff.ts';
import { checkBody, clearChangedErrors, serverError } from '../../../forms/zodForm.ts';
import { useErrorText } from '../../../i18n/useErrorText.ts';
import { useT } from '../../../i18n/useT.ts';
import { AssignmentTag } from './AssignmentText.tsx';
import { missingTarget, RoleFields, type RoleValues, toGrantBody } from './RoleFields.tsx';
import type { StaffOptions } from './useStaffOptions.ts';

/** 分配角色: a user's roles in the territory, each revocable, and a form to grant one more. */
export function RolesModal({
  user: initial,
  options,
  onClose,
  onChanged,
}: {
  user: UserSummary;
  options: StaffOptions;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<RoleValues>();
  const [user, setUser] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const refresh = async () => {
    onChanged();
    const found = await listUsers({ q: user.username, limit: 50 }).catch(() => null);
    const again = found?.items.find((u) => u.id === user.id);
    if (again) setUser(again);
  };

  const grant = async () => {
    setAlert(null);
    const v = form.getFieldsValue(true) as RoleValues;
    const body = checkBody(RoleGrantRequest, toGrantBody(v, options.roles), form, t);
    const missing = missingTarget(v, options.roles);
    if (missing) form.setFields([{ name: [missing], errors: [t('form.required')] }]);
    if (!body || missing) return;
    setSaving(true);
    try {
      await grantRole(user.id, body);
      message.success(t('admin.staff.granted'));
      form.resetFields();
      await refresh();
    } catch (error) {
      setAlert(
        serverError(
          error,
          form,
          {
            AUTH_SCOPE_UNKNOWN: ['scopeCode'],
            AUTH_DEPARTMENT_UNKNOWN: ['departmentId'],
            AUTH_ROLE_UNKNOWN: ['role'],
          },
          errorText,
        ),
      );
    } finally {
      setSaving(false);
    }
  };

  const revoke = async (assignmentId: string) => {
    setAlert(null);
    try {
      await revokeRole(user.id, assignmentId);
      message.success(t('admin.staff.revoked'));
      await refresh();
    } catch (error) {
      setAlert(errorText(error));
    }
  };

  return (
    <Modal
      open
      title={t('admin.staff.rolesTitle', { name: user.displayName, username: user.username })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      width={720}
      destroyOnHidden
    >
      <Table<Assignment>
        size="small"
        bordered
        pagination={false}
        rowKey="id"
        data-testid="staff-roles-list"
        showHeader={false}
        locale={{ emptyText: <Empty description={t('admin.staff.noRoles')} /> }}
        dataSource={user.roles}
        columns={[
          { key: 'role', render: (_, a) => <AssignmentTag assignment={a} /> },
          {
            key: 'code',
            width: 150,
            render: (_, a) => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {a.scopeCode ?? ''}
              </Typography.Text>
            ),
          },
          {
            key: 'revoke',
            width: 80,
            align: 'right',
            render: (_, a) => (
              <Popconfirm
                title={t('admin.staff.revokeConfirm', { role: a.roleLabel })}
                onConfirm={() => revoke(a.id)}
                okText={t('admin.staff.revoke')}
                cancelText={t('admin.cancel')}
              >
                <Button size="small" danger type="link" data-testid="staff-revoke">
                  {t('admin.staff.revoke')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Divider titlePlacement="start" plain>
        {t('admin.staff.grantTitle')}
      </Divider>
      <Form
        form={form}
        layout="vertical"
        onValuesChange={(changed) => {
          setAlert(null);
          clearChangedErrors(form, changed);
        }}
      >
        <RoleFields
          form={form}
          prefix={[]}
          options={options}
          kind={user.kind === 'resident' ? 'resident' : 'staff'}
        />
        <Button type="primary" onClick={grant} loading={saving} data-testid="staff-grant-submit">
          {t('admin.staff.grant')}
        </Button>
      </Form>
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginTop: 12 }} /> : null}
    </Modal>
  );
}
