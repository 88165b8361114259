import { HouseholdCreate, HouseholdUpdate } from '@wangge/contracts';
import { Alert, type ButtonProps, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import {
  createHousehold,
  type HouseholdView,
  type RoomView,
  updateHousehold,
} from '../../api/registryHousing.ts';
import { checkBody, clearChangedErrors } from '../../forms/zodForm.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useI18n } from '../../i18n/useT.ts';
import { showSaveError } from './fieldErrors.ts';
import { dict } from './labels.ts';

interface Values {
  householdNo?: string;
  headPersonId?: string | null;
}

/**
 * 新增户 in a room (its number and, when known, the head of household) or, with `household`,
 * 设户主: the head chosen among the household's members.
 */
export function HouseholdModal({
  room,
  household,
  onClose,
  onSaved,
}: {
  room: RoomView;
  household?: HouseholdView;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const where = t('places.roomName', { unitNo: room.unitNo, roomNo: room.roomNo });

  const submit = async () => {
    setAlert(null);
    const v = form.getFieldsValue(true) as Values;
    const householdNo = v.householdNo?.trim() ? v.householdNo.trim() : null;
    const headPersonId = v.headPersonId ?? null;
    const body = household
      ? checkBody(HouseholdUpdate, { householdNo, headPersonId, version: household.version }, form, t)
      : checkBody(HouseholdCreate, { roomId: room.id, householdNo, headPersonId }, form, t);
    if (!body) return;
    setSaving(true);
    try {
      if (household) await updateHousehold(household.id, body as Parameters<typeof updateHousehold>[1]);
      else await createHousehold(body as Parameters<typeof createHousehold>[0]);
      onSaved();
    } catch (error) {
      setAlert(
        showSaveError(error, form, t, errorText, {
          REGISTRY_HOUSEHOLD_UNKNOWN: 'headPersonId',
          REGISTRY_HEAD_NOT_MEMBER: 'headPersonId',
        }),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={
        household ? t('places.household.headTitle', { where }) : t('places.household.addTitle', { where })
      }
      okText={t('places.save')}
      cancelText={t('places.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'household-submit' } as ButtonProps}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          household ? { householdNo: household.householdNo ?? '', headPersonId: household.headPersonId } : {}
        }
        onValuesChange={(changed) => {
          setAlert(null);
          clearChangedErrors(form, changed);
        }}
      >
        <Form.Item name="householdNo" label={t('places.household.no')} extra={t('places.household.noHint')}>
          <Input maxLength={30} autoComplete="off" data-testid="household-no" />
        </Form.Item>
        {household ? (
          <Form.Item name="headPersonId" label={t('places.household.head')} required>
            <Select
              data-testid="household-head"
              options={household.members.map((m) => ({
                value: m.personId,
                label: `${m.name}（${dict('relationToHead', m.relationToHead, locale)}）`,
              }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="headPersonId"
            label={t('places.household.head')}
            extra={
              room.residents.length > 0
                ? t('places.household.headHint')
                : t('places.household.headNoResidents')
            }
          >
            <Select
              allowClear
              disabled={room.residents.length === 0}
              data-testid="household-head"
              options={room.residents.map((m) => ({ value: m.personId, label: m.name }))}
            />
          </Form.Item>
        )}
      </Form>
      {household ? null : (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('places.household.membersHint')}
        </Typography.Paragraph>
      )}
      {alert ? <Alert type="error" showIcon title={alert} /> : null}
    </Modal>
  );
}
