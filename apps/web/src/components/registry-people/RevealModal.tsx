import { RevealRequest } from '@wangge/contracts';
import { Alert, type ButtonProps, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { type RevealField, revealPerson } from '../../api/registry.ts';
import { checkBody, clearChangedErrors } from '../../forms/zodForm.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useT } from '../../i18n/useT.ts';

/**
 * 查看完整号码: the reason is required (at least 4 characters) and goes into the access report with
 * the user's name; the number comes back only after the server has recorded the look.
 */
export function RevealModal({
  personId,
  personName,
  field,
  onRevealed,
  onClose,
}: {
  personId: string;
  personName: string;
  field: RevealField;
  onRevealed: (value: string | null) => void;
  onClose: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason?: string }>();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const fieldName = field === 'idNumber' ? t('people.field.idNumber') : t('people.field.phone');

  const submit = async () => {
    setAlert(null);
    const reason = (form.getFieldValue('reason') as string | undefined) ?? '';
    // The contract's own words are for developers: a short reason gets a sentence of ours.
    if (reason.trim().length < 4) {
      form.setFields([{ name: 'reason', errors: [t('people.reveal.reasonTooShort')] }]);
      return;
    }
    const body = checkBody(RevealRequest, { field, reason }, form, t);
    if (!body) return;
    setBusy(true);
    try {
      onRevealed(await revealPerson(personId, body.field, body.reason));
    } catch (error) {
      setAlert(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('people.reveal.title', { field: fieldName, name: personName })}
      okText={t('people.reveal.submit')}
      cancelText={t('admin.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'reveal-submit' } as ButtonProps}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('people.reveal.explain')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onValuesChange={(changed) => clearChangedErrors(form, changed)}>
        <Form.Item
          name="reason"
          label={t('people.reveal.reason')}
          required
          extra={t('people.reveal.reasonHint')}
        >
          <Input.TextArea
            autoFocus
            rows={2}
            maxLength={200}
            showCount
            placeholder={t('people.reveal.reasonPlaceholder')}
            data-testid="reveal-reason"
          />
        </Form.Item>
      </Form>
      {alert ? <Alert type="error" showIcon title={alert} data-testid="reveal-error" /> : null}
    </Modal>
  );
}
