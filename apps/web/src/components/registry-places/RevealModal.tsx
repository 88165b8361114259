import { Alert, type ButtonProps, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useT } from '../../i18n/useT.ts';

const MIN_REASON = 4;

/**
 * Asks why a personal number is needed before showing it in the clear: the server records who
 * looked, when and why, and the form says so.
 */
export function RevealModal({
  what,
  onReveal,
  onClose,
}: {
  /** What is to be shown, e.g. “业主电话”. */
  what: string;
  onReveal: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason?: string }>();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = async () => {
    setAlert(null);
    const reason = (form.getFieldValue('reason') as string | undefined)?.trim() ?? '';
    if (reason.length < MIN_REASON) {
      form.setFields([{ name: 'reason', errors: [t('places.reveal.reasonTooShort', { min: MIN_REASON })] }]);
      return;
    }
    setBusy(true);
    try {
      await onReveal(reason);
    } catch (error) {
      setAlert(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('places.reveal.title', { what })}
      okText={t('places.reveal.submit')}
      cancelText={t('places.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'reveal-submit' } as ButtonProps}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('places.reveal.explain')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onValuesChange={() => form.setFields([{ name: 'reason', errors: [] }])}
      >
        <Form.Item name="reason" label={t('places.reveal.reason')} required>
          <Input.TextArea
            autoFocus
            rows={2}
            maxLength={200}
            placeholder={t('places.reveal.reasonHint')}
            data-testid="reveal-reason"
          />
        </Form.Item>
      </Form>
      {alert ? <Alert type="error" showIcon title={alert} /> : null}
    </Modal>
  );
}
