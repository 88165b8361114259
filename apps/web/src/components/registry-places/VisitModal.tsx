import { VisitCreate } from '@wangge/contracts';
import { Alert, type ButtonProps, Checkbox, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { recordVisit, type VisitScheduleItem } from '../../api/registryCare.ts';
import { checkBody, clearChangedErrors } from '../../forms/zodForm.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useI18n } from '../../i18n/useT.ts';
import { chinaToday, dayOf, dayValue } from './dates.ts';
import { showSaveError } from './fieldErrors.ts';

interface Values {
  visitedOn?: Dayjs | null;
  tagCodes?: string[];
  findings?: string;
  followUp?: string;
  needsFollowUp?: boolean;
}

/** 记录走访: when, for which care groups, what was found and what follows. */
export function VisitModal({
  item,
  personTags,
  onClose,
  onSaved,
}: {
  item: VisitScheduleItem;
  /** The care groups the person is in (a visit can count for several), with their names. */
  personTags: { code: string; name: string }[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const today = chinaToday();
  const tagOptions = personTags.map((tag) => ({ value: tag.code, label: tag.name }));

  const submit = async () => {
    setAlert(null);
    const v = form.getFieldsValue(true) as Values;
    const body = checkBody(
      VisitCreate,
      {
        visitedOn: dayOf(v.visitedOn),
        tagCodes: v.tagCodes ?? [],
        findings: v.findings?.trim() ?? '',
        followUp: v.followUp?.trim() ? v.followUp.trim() : null,
        needsFollowUp: v.needsFollowUp ?? false,
      },
      form,
      t,
      (path) => (path[0] === 'visitedOn' ? ['visitedOn'] : [String(path[0])]),
    );
    if (!body) return;
    setSaving(true);
    try {
      await recordVisit(item.personId, body);
      onSaved();
    } catch (error) {
      setAlert(
        showSaveError(error, form, t, errorText, {
          REGISTRY_TAG_UNKNOWN: 'tagCodes',
          REGISTRY_TAG_NOT_CARRIED: 'tagCodes',
        }),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('places.visits.recordTitle', { name: item.personName })}
      okText={t('places.save')}
      cancelText={t('places.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'visit-submit' } as ButtonProps}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {[item.address ?? item.grid.name, t('places.visits.dueOnText', { day: item.dueOn })].join(' · ')}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ visitedOn: dayValue(today), tagCodes: [item.tag.code], needsFollowUp: false }}
        onValuesChange={(changed) => {
          setAlert(null);
          clearChangedErrors(form, changed);
        }}
      >
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="visitedOn" label={t('places.visits.visitedOn')} required style={{ width: 160 }}>
            <DatePicker
              allowClear={false}
              style={{ width: '100%' }}
              disabledDate={(d) => dayOf(d) > today}
              data-testid="visit-date"
            />
          </Form.Item>
          <Form.Item name="tagCodes" label={t('places.visits.careGroup')} style={{ flex: 1 }}>
            <Select mode="multiple" options={tagOptions} />
          </Form.Item>
        </div>
        <Form.Item
          name="findings"
          label={t('places.visits.findings')}
          required
          extra={t('places.visits.findingsHint')}
        >
          <Input.TextArea autoFocus rows={3} maxLength={2000} showCount data-testid="visit-findings" />
        </Form.Item>
        <Form.Item name="followUp" label={t('places.visits.followUp')}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="visit-follow-up" />
        </Form.Item>
        <Form.Item name="needsFollowUp" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox data-testid="visit-needs-follow-up">{t('places.visits.needsFollowUp')}</Checkbox>
        </Form.Item>
      </Form>
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginTop: 12 }} /> : null}
    </Modal>
  );
}
