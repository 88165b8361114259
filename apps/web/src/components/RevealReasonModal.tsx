import { Alert, type ButtonProps, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useT } from '../i18n/useT.ts';

/** The server's rule (RevealRequest): a reason of at least 4 characters, at most 200. */
const MIN_REASON = 4;

/**
 * 查看完整号码 for any registry record: the reason is required and goes into the access report with the
 * user's name; `onReveal` asks the server, which records the look before answering the number.
 */
export function RevealReasonModal({
  title,
  hint,
  onReveal,
  onClose,
}: {
  title: string;
  /** An example reason fitting the record (shown under the box). */
  hint: string;
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
    // The contract's own words are for developers: a short reason gets a sentence of ours.
    if (reason.length < MIN_REASON) {
      form.setFields([{ name: 'reason', errors: [t('people.reveal.reasonTooShort')] }]);
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
      title={title}
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
      <Form
        form={form}
        layout="vertical"
        onValuesChange={() => form.setFields([{ name: 'reason', errors: [] }])}
      >
        <Form.Item name="reason" label={t('people.reveal.reason')} required extra={hint}>
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
