import { RoomCreate, RoomUpdate } from '@wangge/contracts';
import { normalizePhone, parseRoomNo, RENTAL_STATUS, ROOM_USE, validAreaM2 } from '@wangge/domain/registry';
import { Alert, type ButtonProps, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { createRoom, type RoomView, updateRoom } from '../../api/registryHousing.ts';
import { checkBody, clearChangedErrors } from '../../forms/zodForm.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useI18n } from '../../i18n/useT.ts';
import { type CodedFieldError, showFieldErrors, showSaveError } from './fieldErrors.ts';
import { KeptNumberItem, numberEdit } from './KeptNumberItem.tsx';
import { dictOptions } from './labels.ts';
import { PersonSelect } from './PersonSelect.tsx';

interface Values {
  unitNo?: number;
  roomNo?: string;
  use?: string;
  areaM2?: number | null;
  rentalStatus?: string | null;
  ownerKind: 'person' | 'name';
  ownerPersonId?: string | null;
  ownerName?: string;
  ownerPhone?: string;
  /** Edit only: remove the stored phone (sent as null). */
  removeOwnerPhone?: boolean;
  note?: string;
}

const blank = (v: string | null | undefined) => v == null || v.trim() === '';

/**
 * 新增房屋 / 编辑房屋: a room of the building by stairway unit and door number, its use, area,
 * rental status and owner (a registered person, or a name) with the owner's phone. Checked in the
 * browser by the domain's rules and the API contract before it is sent. On an edit the owner's phone
 * starts empty, its mask as placeholder: left empty it is left out of the request and the server
 * keeps it, so editing never reveals it.
 */
export function RoomModal({
  buildingCode,
  units,
  room,
  defaultUnit,
  onClose,
  onSaved,
}: {
  buildingCode: string;
  units: number[];
  /** Editing this room; creating when absent. */
  room?: RoomView;
  defaultUnit?: number;
  onClose: () => void;
  onSaved: (room: RoomView) => void;
}) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const ownerKind = Form.useWatch('ownerKind', form) ?? 'person';

  const initial: Values = room
    ? {
        use: room.use,
        areaM2: room.areaM2,
        rentalStatus: room.rentalStatus,
        ownerKind: room.owner.personId || !room.owner.name ? 'person' : 'name',
        ownerPersonId: room.owner.personId,
        ownerName: room.owner.personId ? '' : (room.owner.name ?? ''),
        note: room.note ?? '',
      }
    : { unitNo: defaultUnit ?? units[0], use: 'residential', ownerKind: 'person' };

  const submit = async () => {
    setAlert(null);
    const v = form.getFieldsValue(true) as Values;
    const errors: CodedFieldError[] = [];
    let roomNo = v.roomNo ?? '';
    if (!room) {
      if (blank(roomNo)) errors.push({ field: 'roomNo', code: 'REQUIRED' });
      else {
        const parsed = parseRoomNo(roomNo);
        if (parsed.ok) roomNo = parsed.roomNo;
        else errors.push({ field: 'roomNo', code: parsed.error });
      }
    }
    let ownerPhone: string | null = null;
    // An untouched or removed phone is not the user's to check: only what was typed goes to the rules.
    if (!v.removeOwnerPhone && !blank(v.ownerPhone)) {
      const phone = normalizePhone(v.ownerPhone);
      if (phone.ok) ownerPhone = phone.phone;
      else errors.push({ field: 'ownerPhone', code: phone.error });
    }
    if (v.areaM2 != null && !validAreaM2(v.areaM2)) errors.push({ field: 'areaM2', code: 'NUMBER_INVALID' });
    if (errors.length > 0) {
      showFieldErrors(form, errors, t);
      return;
    }
    const fields = {
      use: v.use,
      areaM2: v.areaM2 ?? null,
      rentalStatus: v.rentalStatus ?? null,
      ownerPersonId: v.ownerKind === 'person' ? (v.ownerPersonId ?? null) : null,
      ownerName: v.ownerKind === 'name' && !blank(v.ownerName) ? v.ownerName!.trim() : null,
      note: blank(v.note) ? null : v.note!.trim(),
    };
    const body = room
      ? checkBody(
          RoomUpdate,
          {
            ...fields,
            ...numberEdit('ownerPhone', v.ownerPhone, v.removeOwnerPhone, ownerPhone),
            version: room.version,
          },
          form,
          t,
        )
      : checkBody(RoomCreate, { ...fields, ownerPhone, buildingCode, unitNo: v.unitNo, roomNo }, form, t);
    if (!body) return;
    setSaving(true);
    try {
      const saved = room
        ? await updateRoom(room.id, body as Parameters<typeof updateRoom>[1])
        : await createRoom(body as Parameters<typeof createRoom>[0]);
      onSaved(saved);
    } catch (error) {
      setAlert(
        showSaveError(error, form, t, errorText, {
          REGISTRY_ROOM_EXISTS: 'roomNo',
          REGISTRY_ROOM_NO_INVALID: 'roomNo',
          REGISTRY_UNIT_UNKNOWN: 'unitNo',
          REGISTRY_OWNER_UNKNOWN: 'ownerPersonId',
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
        room
          ? t('places.room.editTitle', { unitNo: room.unitNo, roomNo: room.roomNo })
          : t('places.room.addTitle')
      }
      okText={t('places.save')}
      cancelText={t('places.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'room-submit' } as ButtonProps}
      mask={{ closable: false }}
      destroyOnHidden
      width={560}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={(changed) => {
          setAlert(null);
          clearChangedErrors(form, changed);
        }}
      >
        {room ? null : (
          <div style={{ display: 'flex', gap: 12 }}>
            <Form.Item name="unitNo" label={t('places.room.unit')} required style={{ width: 140 }}>
              <Select
                options={units.map((u) => ({ value: u, label: t('places.unitName', { unitNo: u }) }))}
                data-testid="room-unit"
              />
            </Form.Item>
            <Form.Item
              name="roomNo"
              label={t('places.room.roomNo')}
              required
              extra={t('places.room.roomNoHint')}
              style={{ flex: 1 }}
            >
              <Input autoFocus maxLength={12} autoComplete="off" data-testid="room-no" />
            </Form.Item>
          </div>
        )}
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="use" label={t('places.room.use')} required style={{ flex: 1 }}>
            <Select options={dictOptions(ROOM_USE, locale)} data-testid="room-use" />
          </Form.Item>
          <Form.Item name="areaM2" label={t('places.room.areaM2')} style={{ flex: 1 }}>
            <InputNumber
              min={0.01}
              max={99999}
              step={0.01}
              style={{ width: '100%' }}
              data-testid="room-area"
            />
          </Form.Item>
          <Form.Item name="rentalStatus" label={t('places.room.rental')} style={{ flex: 1 }}>
            <Select allowClear options={dictOptions(RENTAL_STATUS, locale)} data-testid="room-rental" />
          </Form.Item>
        </div>
        <Form.Item name="ownerKind" label={t('places.room.owner')}>
          <Radio.Group
            optionType="button"
            size="small"
            options={[
              { value: 'person', label: t('places.room.ownerRegistered') },
              { value: 'name', label: t('places.room.ownerByName') },
            ]}
            data-testid="room-owner-kind"
          />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          {ownerKind === 'person' ? (
            <Form.Item name="ownerPersonId" extra={t('places.room.ownerPersonHint')} style={{ flex: 3 }}>
              <PersonSelect
                testId="room-owner-person"
                initial={
                  room?.owner.personId && room.owner.name
                    ? [{ id: room.owner.personId, name: room.owner.name }]
                    : []
                }
              />
            </Form.Item>
          ) : (
            <Form.Item name="ownerName" style={{ flex: 3 }} extra={t('places.room.ownerName')}>
              <Input
                maxLength={50}
                autoComplete="off"
                placeholder={t('places.room.ownerName')}
                data-testid="room-owner-name"
              />
            </Form.Item>
          )}
          <KeptNumberItem
            name="ownerPhone"
            removeName="removeOwnerPhone"
            masked={room?.owner.phoneMasked ?? null}
            caption={t('places.room.ownerPhone')}
            maxLength={30}
            testId="room-owner-phone"
            style={{ flex: 2 }}
          />
        </div>
        <Form.Item name="note" label={t('places.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
      {room ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('places.room.editHint')}
        </Typography.Paragraph>
      ) : null}
      {alert ? <Alert type="error" showIcon title={alert} /> : null}
    </Modal>
  );
}
