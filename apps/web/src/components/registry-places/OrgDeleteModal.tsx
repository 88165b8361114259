import { Alert, type ButtonProps, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { deleteOrganisation, type OrganisationView } from '../../api/registryOrgs.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useT } from '../../i18n/useT.ts';

const MIN_REASON = 2;

/** 删除单位: with a reason, which the history keeps; offices can restore it for a while. */
export function OrgDeleteModal({
  org,
  onClose,
  onDeleted,
}: {
  org: OrganisationView;
  onClose: () => void;
  onDeleted: () => void;
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
      form.setFields([{ name: 'reason', errors: [t('places.orgs.deleteReasonShort', { min: MIN_REASON })] }]);
      return;
    }
    setBusy(true);
    try {
      await deleteOrganisation(org.id, org.version, reason);
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
      title={t('places.orgs.deleteTitle', { name: org.name })}
      okText={t('places.delete')}
      okButtonProps={{ danger: true, 'data-testid': 'org-delete-submit' } as ButtonProps}
      cancelText={t('places.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('places.orgs.deleteExplain')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onValuesChange={() => form.setFields([{ name: 'reason', errors: [] }])}
      >
        <Form.Item name="reason" label={t('places.orgs.deleteReason')} required>
          <Input.TextArea autoFocus rows={2} maxLength={200} data-testid="org-delete-reason" />
        </Form.Item>
      </Form>
      {alert ? <Alert type="error" showIcon title={alert} /> : null}
    </Modal>
  );
}
