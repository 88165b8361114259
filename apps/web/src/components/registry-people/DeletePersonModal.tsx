import { DeleteRequest } from '@wangge/contracts';
import { Alert, type ButtonProps, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { deletePerson, type PersonView } from '../../api/registry.ts';
import { checkBody, clearChangedErrors } from '../../forms/zodForm.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useT } from '../../i18n/useT.ts';

/**
 * 删除 with a reason (moved away, died, entered by mistake): the record leaves every list and search
 * and stays restorable until the purge.
 */
export function DeletePersonModal({
  person,
  onDeleted,
  onClose,
}: {
  person: PersonView;
  onDeleted: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason?: string }>();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = async () => {
    setAlert(null);
    const reason = ((form.getFieldValue('reason') as string | undefined) ?? '').trim();
    if (reason.length < 2) {
      form.setFields([{ name: 'reason', errors: [t('people.delete.reasonTooShort')] }]);
      return;
    }
    const body = checkBody(DeleteRequest, { version: person.version, reason }, form, t);
    if (!body) return;
    setBusy(true);
    try {
      await deletePerson(person.id, body);
      onDeleted();
    } catch (error) {
      setAlert(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('people.delete.title', { name: person.name })}
      okText={t('people.delete.submit')}
      okButtonProps={{ danger: true, 'data-testid': 'delete-submit' } as ButtonProps}
      cancelText={t('admin.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('people.delete.explain')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onValuesChange={(changed) => clearChangedErrors(form, changed)}>
        <Form.Item name="reason" label={t('people.delete.reason')} required>
          <Input.TextArea
            autoFocus
            rows={2}
            maxLength={200}
            showCount
            placeholder={t('people.delete.reasonPlaceholder')}
            data-testid="delete-reason"
          />
        </Form.Item>
      </Form>
      {alert ? <Alert type="error" showIcon title={alert} /> : null}
    </Modal>
  );
}
