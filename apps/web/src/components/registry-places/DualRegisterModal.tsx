import type { DivisionNode } from '@wangge/contracts';
import { DualRegistrationCreate } from '@wangge/contracts';
import { Alert, type ButtonProps, DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { createDualRegistration, type DualRegistration } from '../../api/registryCare.ts';
import { checkBody, clearChangedErrors } from '../../forms/zodForm.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useT } from '../../i18n/useT.ts';
import { chinaToday, dayOf, dayValue } from './dates.ts';
import { showSaveError } from './fieldErrors.ts';
import { OrgSelect } from './OrgSelect.tsx';
import { PersonSelect } from './PersonSelect.tsx';

interface Values {
  kind: 'member' | 'unit';
  personId?: string | null;
  organisationId?: string | null;
  communityCode?: string;
  registeredOn?: Dayjs | null;
  services?: string;
}

/**
 * 报到登记: a party member (in-service members report to the community they live in) or a unit
 * (to the community it is in), the date and what they offer to serve with.
 */
export function DualRegisterModal({
  communities,
  onClose,
  onSaved,
}: {
  communities: DivisionNode[];
  onClose: () => void;
  onSaved: (registration: DualRegistration) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form) ?? 'member';
  const today = chinaToday();

  const submit = async () => {
    setAlert(null);
    const v = form.getFieldsValue(true) as Values;
    const who = v.kind === 'member' ? 'personId' : 'organisationId';
    if (!v[who]) {
      form.setFields([{ name: who, errors: [t('form.required')] }]);
      return;
    }
    const body = checkBody(
      DualRegistrationCreate,
      {
        [who]: v[who],
        communityCode: v.communityCode ?? '',
        registeredOn: dayOf(v.registeredOn),
        services: v.services?.trim() ? v.services.trim() : null,
      },
      form,
      t,
    );
    if (!body) return;
    setSaving(true);
    try {
      onSaved(await createDualRegistration(body));
    } catch (error) {
      setAlert(
        showSaveError(error, form, t, errorText, {
          REGISTRY_DUAL_NOT_PARTY: 'personId',
          REGISTRY_DUAL_EXISTS: 'communityCode',
          REGISTRY_DUAL_COMMUNITY_UNKNOWN: 'communityCode',
        }),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('places.dual.registerTitle')}
      okText={t('places.dual.register')}
      cancelText={t('places.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'dual-submit' } as ButtonProps}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          kind: 'member',
          registeredOn: dayValue(today),
          communityCode: communities.length === 1 ? communities[0]?.code : undefined,
        }}
        onValuesChange={(changed) => {
          setAlert(null);
          clearChangedErrors(form, changed);
        }}
      >
        <Form.Item name="kind" label={t('places.dual.kind')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'member', label: t('places.dual.kind.member') },
              { value: 'unit', label: t('places.dual.kind.unit') },
            ]}
            data-testid="dual-kind"
          />
        </Form.Item>
        {kind === 'member' ? (
          <Form.Item
            name="personId"
            label={t('places.dual.member')}
            required
            extra={t('places.dual.memberHint')}
          >
            <PersonSelect filter={{ partyMember: true }} testId="dual-person" />
          </Form.Item>
        ) : (
          <Form.Item
            name="organisationId"
            label={t('places.dual.unit')}
            required
            extra={t('places.dual.unitHint')}
          >
            <OrgSelect testId="dual-org" />
          </Form.Item>
        )}
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="communityCode" label={t('places.community')} required style={{ flex: 1 }}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={communities.map((c) => ({ value: c.code, label: c.name }))}
              data-testid="dual-community"
            />
          </Form.Item>
          <Form.Item
            name="registeredOn"
            label={t('places.dual.registeredOn')}
            required
            style={{ width: 160 }}
          >
            <DatePicker allowClear={false} style={{ width: '100%' }} disabledDate={(d) => dayOf(d) > today} />
          </Form.Item>
        </div>
        <Form.Item name="services" label={t('places.dual.services')} extra={t('places.dual.servicesHint')}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="dual-services" />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: alert ? 8 : 0 }}>
        {t('places.dual.explain')}
      </Typography.Paragraph>
      {alert ? <Alert type="error" showIcon title={alert} /> : null}
    </Modal>
  );
}
