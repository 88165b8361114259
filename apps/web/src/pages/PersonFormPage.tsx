import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { PersonCreate, PersonUpdate } from '@wangge/contracts';
import { parseRoomNo, RESIDENT_ID_CARD, validateIdNumber, validatePerson } from '@wangge/domain/registry';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  type FormInstance,
  Result,
  Space,
  Spin,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { createPerson, fetchPerson, type PersonView, updatePerson } from '../api/registry.ts';
import {
  BasicSection,
  HukouSection,
  TypeSection,
} from '../components/registry-people/PersonFormSections.tsx';
import { PlaceFields } from '../components/registry-people/PlaceFields.tsx';
import { fieldProblems, personErrorText } from '../components/registry-people/personErrors.ts';
import {
  fieldOfPath,
  fromView,
  idTypeChanged,
  keepsIdCard,
  keepsIdNumber,
  type PersonFormValues,
  TYPE_FIELDS,
  toBody,
  toEditDraft,
} from '../components/registry-people/personFormValues.ts';
import { fieldLabel } from '../components/registry-people/personLabels.ts';
import { checkBody, clearChangedErrors } from '../forms/zodForm.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useI18n } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';

/** /registry/people/new and /registry/people/:id/edit: the person's record as a form. */
export default function PersonFormPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const person = useAsync((signal) => (id ? fetchPerson(id, signal) : null), [id]);

  let body: ReactNode;
  if (!id)
    body = <PersonForm original={null} initial={{ residencyType: 'registered', idType: RESIDENT_ID_CARD }} />;
  else if (person.error) {
    const notFound = person.error instanceof ApiError && person.error.status === 404;
    body = (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('people.detail.notFound') : t('people.detail.loadFailed')}
        subTitle={notFound ? t('people.detail.notFoundHint') : errorText(person.error)}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/registry/people')}>
            {t('people.detail.back')}
          </Button>
        }
      />
    );
  } else if (!person.data || person.data.id !== id) {
    body = (
      <div style={{ padding: 80, display: 'grid', placeItems: 'center' }}>
        <Spin size="large" />
      </div>
    );
  } else if (!person.data.can.edit) {
    body = (
      <Result
        status="403"
        title={t('people.form.notEditable')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/registry/people/${id}`)}>
            {t('people.form.backToPerson')}
          </Button>
        }
      />
    );
  } else {
    body = <PersonForm original={person.data} initial={fromView(person.data)} />;
  }

  return (
    <div style={{ flex: 1, minWidth: 0, overflow: 'auto', padding: 16, background: '#f5f7fa' }}>{body}</div>
  );
}

const COMMON_FIELDS = [
  'residencyType',
  'name',
  'formerName',
  'idNumber',
  'sex',
  'birthDate',
  'ethnicity',
  'phone',
  'politicalStatus',
  'maritalStatus',
  'education',
  'religion',
  'occupation',
  'workplace',
  'nativePlace',
  'hukouPlace',
  'hukouAddress',
  'currentAddress',
  'gridCode',
  'buildingCode',
  'unitNo',
  'roomNo',
];

/** Server codes that are about one field of the form. */
const CODE_FIELDS: Record<string, string> = {
  REGISTRY_GRID_UNKNOWN: 'gridCode',
  REGISTRY_GRID_REQUIRED: 'gridCode',
  REGISTRY_BUILDING_UNKNOWN: 'buildingCode',
  REGISTRY_UNIT_UNKNOWN: 'unitNo',
  REGISTRY_ROOM_NO_INVALID: 'roomNo',
  REGISTRY_PERSON_ELSEWHERE: 'idNumber',
};

type Problem = { name: string; text: string };

function PersonForm({ original, initial }: { original: PersonView | null; initial: PersonFormValues }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonFormValues>();
  // Errors are set by field name strings (the rules' and the server's), not by typed paths.
  const plain = form as unknown as FormInstance;
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<ReactNode>(null);
  const residencyType = Form.useWatch('residencyType', form) ?? initial.residencyType;
  const idNumber = Form.useWatch('idNumber', form);
  const removePhone = Form.useWatch('removePhone', form) ?? false;
  const place = Form.useWatch([], form) as PersonFormValues | undefined;
  const citizen = residencyType !== 'overseas';
  const keepsCard = keepsIdCard({ residencyType, idNumber }, original);
  const idDerived =
    keepsCard || (citizen && Boolean(idNumber) && validateIdNumber(idNumber ?? '', new Date()).ok);
  const address = original?.address;
  const keepsHousehold = Boolean(
    original?.householdId &&
      address &&
      place?.buildingCode === address.buildingCode &&
      place?.unitNo === address.unitNo &&
      (place?.roomNo ?? '').trim().toUpperCase() === address.roomNo,
  );
  const back = original ? `/registry/people/${original.id}` : '/registry/people';

  /** Shows problems on their fields; those about a field not on screen go to the alert. */
  const show = (problems: Problem[]) => {
    const visible = new Set<string>([
      ...COMMON_FIELDS,
      ...(residencyType ? TYPE_FIELDS[residencyType] : []),
      ...(keepsHousehold ? ['relationToHead'] : []),
    ]);
    const byField = new Map<string, string[]>();
    const other: string[] = [];
    for (const p of problems) {
      if (!visible.has(p.name)) {
        other.push(`${fieldLabel(p.name, t)}${t('people.colon')}${p.text}`);
        continue;
      }
      const list = byField.get(p.name) ?? [];
      if (!list.includes(p.text)) list.push(p.text);
      byField.set(p.name, list);
    }
    plain.setFields([...byField.entries()].map(([name, errors]) => ({ name, errors })));
    const first = [...byField.keys()][0];
    if (first) form.scrollToField(first, { block: 'center' });
    if (other.length) setAlert(other.join('；'));
  };

  /**
   * The rules the server applies, first in the browser: the same domain function. A kept ID number is
   * checked by the server only (the browser has its mask), with the sex and birth date it says.
   */
  const localProblems = (v: PersonFormValues): Problem[] => {
    const problems: Problem[] = [];
    const keeps = keepsIdNumber(v, original);
    const checked = validatePerson(toEditDraft(v, original), new Date());
    if (!checked.ok)
      for (const e of checked.errors)
        if (!(keeps && e.field === 'idNumber'))
          problems.push({ name: e.field, text: personErrorText(e.code, t) });
    if (keeps && idTypeChanged(v, original))
      problems.push({ name: 'idNumber', text: t('people.form.idNumberRetype') });
    if (!v.gridCode) problems.push({ name: 'gridCode', text: t('people.form.gridRequired') });
    if (v.buildingCode) {
      if (!v.unitNo) problems.push({ name: 'unitNo', text: t('form.required') });
      if (!v.roomNo?.trim()) problems.push({ name: 'roomNo', text: t('form.required') });
      else if (!parseRoomNo(v.roomNo).ok)
        problems.push({ name: 'roomNo', text: personErrorText('ROOM_NO_INVALID', t) });
    }
    return problems;
  };

  const submit = async () => {
    setAlert(null);
    const v = form.getFieldsValue(true) as PersonFormValues;
    plain.setFields(
      form
        .getFieldsError()
        .filter((f) => f.errors.length)
        .map((f) => ({ name: f.name, errors: [] })),
    );
    const problems = localProblems(v);
    if (problems.length) {
      show(problems);
      return;
    }
    const onlyAlert = (text: string) => setAlert(text);
    let send: () => Promise<PersonView>;
    if (original) {
      const raw = { ...toBody(v, original), version: original.version };
      const body = checkBody(PersonUpdate, raw, form, t, fieldOfPath, onlyAlert);
      if (!body) return;
      send = () => updatePerson(original.id, body);
    } else {
      const body = checkBody(PersonCreate, toBody(v, null), form, t, fieldOfPath, onlyAlert);
      if (!body) return;
      send = () => createPerson(body);
    }
    setSaving(true);
    try {
      const saved = await send();
      message.success(t(original ? 'people.form.saved' : 'people.form.created', { name: saved.name }));
      navigate(`/registry/people/${saved.id}`);
    } catch (error) {
      handleServerError(error);
    } finally {
      setSaving(false);
    }
  };

  const handleServerError = (error: unknown) => {
    if (!(error instanceof ApiError)) {
      setAlert(errorText(error));
      return;
    }
    const fields = error.code === 'REGISTRY_INVALID' ? fieldProblems(error.details) : null;
    if (fields) {
      show(fields.map((f) => ({ name: f.field, text: personErrorText(f.code, t) })));
      return;
    }
    const field = CODE_FIELDS[error.code];
    if (field) {
      show([{ name: field, text: errorText(error) }]);
      return;
    }
    if (error.code === 'REGISTRY_PERSON_EXISTS') {
      const personId = (error.details as { personId?: unknown } | undefined)?.personId;
      setAlert(
        <span data-testid="person-exists">
          {errorText(error)}
          {typeof personId === 'string' ? (
            <>
              {' '}
              <Typography.Link
                href={`/registry/people/${personId}`}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(`/registry/people/${personId}`);
                }}
                data-testid="person-exists-link"
              >
                {t('people.form.openExisting')}
              </Typography.Link>
            </>
          ) : null}
        </span>,
      );
      form.setFields([{ name: 'idNumber', errors: [t('people.form.idNumberTaken')] }]);
      return;
    }
    setAlert(errorText(error));
  };

  return (
    <Form<PersonFormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onValuesChange={(changed: Partial<PersonFormValues>, all) => {
        setAlert(null);
        clearChangedErrors(form, changed);
        // A valid resident ID card number says the sex and birth date: filled in, still editable.
        if (('idNumber' in changed || 'residencyType' in changed) && all.residencyType !== 'overseas') {
          const id = validateIdNumber(all.idNumber ?? '', new Date());
          if (id.ok)
            form.setFieldsValue({ sex: id.sex === 'male' ? '1' : '2', birthDate: dayjs(id.birthDate) });
          // Emptied again on an edit: the stored number's, as the record has them.
          else if (keepsIdCard(all, original))
            form.setFieldsValue({ sex: initial.sex, birthDate: initial.birthDate });
        }
        if (changed.removePhone) form.setFieldsValue({ phone: undefined });
        if ('residencyType' in changed)
          form.setFieldsValue({
            idType: changed.residencyType === 'overseas' ? undefined : RESIDENT_ID_CARD,
          });
      }}
      data-testid="person-form"
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Card size="small">
          <Flex align="center" gap={12} wrap>
            <Button
              icon={<ArrowLeftOutlined />}
              onClick={() => navigate(back)}
              aria-label={t('people.form.cancel')}
            />
            <Typography.Title level={4} style={{ margin: 0, flex: 1 }}>
              {original ? t('people.form.editTitle', { name: original.name }) : t('people.form.newTitle')}
            </Typography.Title>
            <Button onClick={() => navigate(back)}>{t('people.form.cancel')}</Button>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={saving}
              onClick={submit}
              data-testid="person-save"
            >
              {original ? t('people.form.save') : t('people.form.create')}
            </Button>
          </Flex>
          {alert ? (
            <Alert
              type="error"
              showIcon
              title={alert}
              style={{ marginTop: 12 }}
              data-testid="person-form-error"
            />
          ) : null}
        </Card>
        <BasicSection
          residencyType={residencyType}
          idDerived={idDerived}
          stored={original}
          keepsIdCard={keepsCard}
          removePhone={removePhone}
        />
        <HukouSection />
        <TypeSection residencyType={residencyType} />
        <Card size="small" title={t('people.section.place')}>
          <PlaceFields form={form} keepsHousehold={keepsHousehold} />
        </Card>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={() => navigate(back)}>{t('people.form.cancel')}</Button>
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={submit}>
            {original ? t('people.form.save') : t('people.form.create')}
          </Button>
        </Flex>
      </Space>
    </Form>
  );
}
