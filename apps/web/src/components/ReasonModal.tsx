import { Alert, type ButtonProps, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useT } from '../i18n/useT.ts';

/** What the dialog says; the caller's words, so each record keeps its own. */
export interface ReasonTexts {
  title: string;
  explain: string;
  reasonLabel: string;
  reasonPlaceholder?: string;
  /** Under the box, e.g. an example reason fitting the record. */
  reasonHint?: string;
  /** Shown under the box when the reason is shorter than `minReason`. */
  reasonTooShort: string;
  okText: string;
}

/**
 * A dialog that asks why before a registry action the server records with the user's name (查看完整号码,
 * 删除). `onSubmit` asks the server; its error shows in the dialog, which stays open for another try.
 */
export function ReasonModal({
  texts,
  minReason,
  danger = false,
  testId,
  onSubmit,
  onClose,
}: {
  texts: ReasonTexts;
  /** The server's shortest reason: checked here so a short one gets a sentence, not the contract's words. */
  minReason: number;
  danger?: boolean;
  /** Prefix of the test ids: `-reason`, `-submit`, `-error`. */
  testId: string;
  onSubmit: (reason: string) => Promise<void>;
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
    if (reason.length < minReason) {
      form.setFields([{ name: 'reason', errors: [texts.reasonTooShort] }]);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(reason);
    } catch (error) {
      setAlert(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={texts.title}
      okText={texts.okText}
      cancelText={t('admin.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ danger, 'data-testid': `${testId}-submit` } as ButtonProps}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{texts.explain}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onValuesChange={() => form.setFields([{ name: 'reason', errors: [] }])}
      >
        <Form.Item name="reason" label={texts.reasonLabel} required extra={texts.reasonHint}>
          <Input.TextArea
            autoFocus
            rows={2}
            maxLength={200}
            showCount
            placeholder={texts.reasonPlaceholder}
            data-testid={`${testId}-reason`}
          />
        </Form.Item>
      </Form>
      {alert ? <Alert type="error" showIcon title={alert} data-testid={`${testId}-error`} /> : null}
    </Modal>
  );
}
