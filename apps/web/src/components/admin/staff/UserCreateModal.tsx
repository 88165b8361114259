import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { CreateUserRequest } from '@wangge/contracts';
import { Alert, App, Button, type ButtonProps, Col, Divider, Form, Input, Modal, Radio, Row } from 'antd';
import { useState } from 'react';
import { createUser } from '../../../api/staff.ts';
import { checkBody, clearChangedErrors, serverError } from '../../../forms/zodForm.ts';
import { useErrorText } from '../../../i18n/useErrorText.ts';
import { useT } from '../../../i18n/useT.ts';
import { PasswordInput } from './PasswordInput.tsx';
import { missingTarget, RoleFields, type RoleValues, toGrantBody } from './RoleFields.tsx';
import type { StaffOptions } from './useStaffOptions.ts';

interface Values {
  username?: string;
  displayName?: string;
  kind: 'staff' | 'resident';
  password?: string;
  roles: RoleValues[];
}

/** 新增人员: an account with its first roles, checked against the API's contract before sending. */
export function UserCreateModal({
  options,
  onClose,
  onCreated,
}: {
  options: StaffOptions;
  onClose: () => void;
  onCreated: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'staff';
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = async () => {
    setAlert(null);
    const v = form.getFieldsValue(true) as Values;
    const roles = v.roles ?? [];
    const body = checkBody(
      CreateUserRequest,
      {
        username: v.username?.trim() ?? '',
        displayName: v.displayName ?? '',
        kind: v.kind,
        password: v.password ?? '',
        roles: roles.map((r) => toGrantBody(r, options.roles)),
      },
      form,
      t,
    );
    // After checkBody, which clears the form's earlier errors.
    let missing = false;
    roles.forEach((r, i) => {
      const field = missingTarget(r, options.roles);
      if (field) {
        missing = true;
        form.setFields([{ name: ['roles', i, field], errors: [t('form.required')] }]);
      }
    });
    if (!body || missing) return;
    if (body.roles.length === 0) {
      setAlert(t('admin.staff.roleRequired'));
      return;
    }
    setSaving(true);
    try {
      await createUser(body);
      message.success(t('admin.staff.created', { name: body.displayName }));
      onCreated();
    } catch (error) {
      setAlert(
        serverError(
          error,
          form,
          { AUTH_USERNAME_TAKEN: ['username'], AUTH_PASSWORD_WEAK: ['password'] },
          errorText,
        ),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('admin.staff.addTitle')}
      okText={t('admin.save')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'staff-create-submit' } as ButtonProps}
      mask={{ closable: false }}
      width={720}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'staff', roles: [{}] }}
        onValuesChange={(changed) => {
          setAlert(null);
          clearChangedErrors(form, changed);
        }}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="username"
              label={t('login.username')}
              required
              extra={t('admin.staff.usernameHint')}
            >
              <Input autoComplete="off" data-testid="staff-username" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="displayName" label={t('staff.name')} required>
              <Input data-testid="staff-display-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="kind" label={t('admin.staff.kind')}>
              <Radio.Group
                options={[
                  { value: 'staff', label: t('admin.staff.kindStaff') },
                  { value: 'resident', label: t('admin.staff.kindResident') },
                ]}
                onChange={() => form.setFieldValue('roles', [{}])}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="password"
              label={t('login.password')}
              required
              extra={t('admin.staff.passwordHint')}
            >
              <PasswordInput testId="staff-password" onGenerate={(p) => form.setFieldValue('password', p)} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
          {t('admin.staff.roles')}
        </Divider>
        <Form.List name="roles">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={8} wrap={false} align="top">
                  <Col flex="auto">
                    <RoleFields
                      form={form}
                      prefix={['roles', field.name]}
                      listPrefix={[field.name]}
                      options={options}
                      kind={kind}
                    />
                  </Col>
                  <Col flex="none" style={{ paddingTop: 34 }}>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                      aria-label={t('admin.staff.removeRole')}
                    />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
                {t('admin.staff.addRole')}
              </Button>
            </>
          )}
        </Form.List>
        {alert ? <Alert type="error" showIcon title={alert} style={{ marginTop: 12 }} /> : null}
      </Form>
    </Modal>
  );
}
