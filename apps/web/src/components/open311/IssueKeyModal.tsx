import type { DivisionNode } from '@wangge/contracts';
import { Open311ClientCreate } from '@wangge/contracts';
import { Alert, type ButtonProps, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { issueClient, type Open311ClientCreated } from '../../api/open311.ts';
import { checkBody, clearChangedErrors, serverError } from '../../forms/zodForm.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useT } from '../../i18n/useT.ts';

interface Values {
  name?: string;
  contact?: string;
  districtCode?: string;
}

/**
 * 发放密钥: a client application's name and contact, checked against the API's contract before
 * sending. The district is asked for only when the administrator holds several: otherwise the server
 * takes theirs.
 */
export function IssueKeyModal({
  districts,
  onClose,
  onIssued,
}: {
  districts: DivisionNode[];
  onClose: () => void;
  onIssued: (created: Open311ClientCreated) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const pickDistrict = districts.length > 1;

  const submit = async () => {
    setAlert(null);
    const v = form.getFieldsValue(true) as Values;
    const contact = v.contact?.trim();
    const body = checkBody(
      Open311ClientCreate,
      {
        name: v.name ?? '',
        ...(contact ? { contact } : {}),
        ...(pickDistrict ? { districtCode: v.districtCode ?? '' } : {}),
      },
      form,
      t,
    );
    if (!body) return;
    setSaving(true);
    try {
      onIssued(await issueClient(body));
    } catch (error) {
      setAlert(
        serverError(
          error,
          form,
          { OPEN311_DISTRICT_UNKNOWN: ['districtCode'], OPEN311_DISTRICT_REQUIRED: ['districtCode'] },
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
      title={t('open311.issueTitle')}
      okText={t('open311.issueSubmit')}
      cancelText={t('admin.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'open311-issue-submit' } as ButtonProps}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('open311.issueExplain')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onValuesChange={(changed) => {
          setAlert(null);
          clearChangedErrors(form, changed);
        }}
      >
        <Form.Item name="name" label={t('open311.name')} required extra={t('open311.nameHint')}>
          <Input autoFocus autoComplete="off" maxLength={100} data-testid="open311-name" />
        </Form.Item>
        <Form.Item name="contact" label={t('open311.contact')} extra={t('open311.contactHint')}>
          <Input autoComplete="off" maxLength={200} data-testid="open311-contact" />
        </Form.Item>
        {pickDistrict ? (
          <Form.Item
            name="districtCode"
            label={t('open311.district')}
            required
            extra={t('open311.districtHint')}
          >
            <Select
              placeholder={t('open311.districtPlaceholder')}
              options={districts.map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` }))}
              data-testid="open311-district"
            />
          </Form.Item>
        ) : null}
      </Form>
      {alert ? <Alert type="error" showIcon title={alert} /> : null}
    </Modal>
  );
}
