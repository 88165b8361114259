import { PasswordResetRequest, type UserSummary } from '@wangge/contracts';
import { Alert, App, type ButtonProps, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { resetPassword } from '../../../api/staff.ts';
import { checkBody, clearChangedErrors, serverError } from '../../../forms/zodForm.ts';
import { useErrorText } from '../../../i18n/useErrorText.ts';
import { useT } from '../../../i18n/useT.ts';
import { PasswordInput } from './PasswordInput.tsx';

/** 重置密码: a new password for someone who forgot theirs; their sessions end. */
export function PasswordModal({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password?: string }>();
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = async () => {
    setAlert(null);
    const body = checkBody(PasswordResetRequest, { password: form.getFieldValue('password') ?? '' }, form, t);
    if (!body) return;
    setSaving(true);
    try {
      await resetPassword(user.id, body);
      message.success(t('admin.staff.passwordDone', { name: user.displayName }));
      onClose();
    } catch (error) {
      setAlert(serverError(error, form, { AUTH_PASSWORD_WEAK: ['password'] }, errorText));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('admin.staff.passwordTitle', { name: user.displayName })}
      okText={t('admin.save')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'staff-password-submit' } as ButtonProps}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('admin.staff.passwordExplain')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onValuesChange={(changed) => {
          setAlert(null);
          clearChangedErrors(form, changed);
        }}
      >
        <Form.Item
          name="password"
          label={t('admin.staff.newPassword')}
          required
          extra={t('admin.staff.passwordHint')}
        >
          <PasswordInput testId="staff-new-password" onGenerate={(p) => form.setFieldValue('password', p)} />
        </Form.Item>
      </Form>
      {alert ? <Alert type="error" showIcon title={alert} /> : null}
    </Modal>
  );
}
