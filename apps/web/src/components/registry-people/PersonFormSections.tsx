import { DICTIONARIES, type DictionaryName, dictLabel } from '@wangge/domain/registry';
import { Card, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useT.ts';
import type { PersonFormValues, ResidencyType } from './personFormValues.ts';

const wide = { xs: 24, md: 12, xl: 8 } as const;

function useField() {
  const { t, locale } = useI18n();
  const label = (field: string) => t(`people.field.${field}` as MessageKey);
  const dictOptions = (name: DictionaryName, skip: readonly string[] = []) =>
    DICTIONARIES[name]
      .filter((e) => !skip.includes(e.code))
      .map((e) => ({ value: e.code, label: dictLabel(name, e.code, locale) }));
  const dictSelect = (
    field: keyof PersonFormValues,
    name: DictionaryName,
    extra?: { required?: boolean; skip?: string[]; disabled?: boolean },
  ) => (
    <Col {...wide} key={field}>
      <Form.Item name={field} label={label(field)} required={extra?.required}>
        <Select
          allowClear
          disabled={extra?.disabled}
          showSearch={{ optionFilterProp: 'label' }}
          options={dictOptions(name, extra?.skip)}
          placeholder={t('people.form.choose')}
          data-testid={`form-${field}`}
        />
      </Form.Item>
    </Col>
  );
  const textInput = (
    field: keyof PersonFormValues,
    max: number,
    extra?: {
      required?: boolean;
      placeholder?: string;
      hint?: ReactNode;
      span?: 'wide' | 'full';
      disabled?: boolean;
    },
  ) => (
    <Col
      {...(extra?.span === 'full' ? { xs: 24 } : extra?.span === 'wide' ? { xs: 24, xl: 16 } : wide)}
      key={field}
    >
      <Form.Item name={field} label={label(field)} required={extra?.required} extra={extra?.hint}>
        <Input
          maxLength={max}
          disabled={extra?.disabled}
          placeholder={extra?.placeholder}
          autoComplete="off"
          data-testid={`form-${field}`}
        />
      </Form.Item>
    </Col>
  );
  const dateInput = (field: keyof PersonFormValues, hint?: string, disabled?: boolean) => (
    <Col {...wide} key={field}>
      <Form.Item name={field} label={label(field)} extra={hint}>
        <DatePicker
          style={{ width: '100%' }}
          placeholder="YYYY-MM-DD"
          disabled={disabled}
          data-testid={`form-${field}`}
        />
      </Form.Item>
    </Col>
  );
  return { t, label, dictSelect, textInput, dateInput };
}

/** The masks of the numbers an edit keeps unless the user types new ones. */
export interface StoredNumbers {
  idNumberMasked: string;
  phoneMasked: string | null;
}

/**
 * 基本信息: who the person is. The residency type decides which document identifies them. On an edit
 * the ID number and phone start empty, their masks as placeholders: left empty, they are kept.
 */
export function BasicSection({
  residencyType,
  idDerived,
  stored,
  keepsIdCard,
  removePhone,
}: {
  residencyType: ResidencyType | undefined;
  idDerived: boolean;
  /** An edit's stored numbers (null when registering). */
  stored: StoredNumbers | null;
  /** The stored ID card number is kept: the sex and birth date it says are not the form's to change. */
  keepsIdCard: boolean;
  removePhone: boolean;
}) {
  const { t, label, dictSelect, textInput, dateInput } = useField();
  const citizen = residencyType !== 'overseas';
  const keep = (masked: string) => t('people.form.keepPlaceholder', { masked });
  return (
    <Card size="small" title={t('people.section.basic')}>
      <Form.Item name="residencyType" label={label('residencyType')} required>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={(['registered', 'migrant', 'overseas'] as const).map((code) => ({
            value: code,
            label: t(`people.form.type.${code}` as MessageKey),
          }))}
          data-testid="form-residencyType"
        />
      </Form.Item>
      <Row gutter={16}>
        {textInput('name', 50, { required: true })}
        {textInput('formerName', 50)}
        {citizen ? (
          <Col {...wide} key="idType">
            <Form.Item label={label('idType')}>
              <Input disabled value={t('people.form.residentIdCard')} />
            </Form.Item>
          </Col>
        ) : (
          dictSelect('idType', 'idDocumentType', { required: true, skip: ['111'] })
        )}
        {stored
          ? textInput('idNumber', 30, {
              placeholder: keep(stored.idNumberMasked),
              hint: t('people.form.idNumberKeepHint'),
            })
          : textInput('idNumber', 30, {
              required: true,
              placeholder: citizen ? t('people.form.idNumberPlaceholder') : undefined,
              hint: citizen ? t('people.form.idNumberHint') : undefined,
            })}
        {dictSelect('sex', 'sex', { disabled: keepsIdCard })}
        {dateInput('birthDate', idDerived ? t('people.form.fromIdNumber') : undefined, keepsIdCard)}
        {dictSelect('ethnicity', 'ethnicity')}
        {textInput('phone', 30, {
          placeholder: stored?.phoneMasked ? keep(stored.phoneMasked) : t('people.form.phonePlaceholder'),
          disabled: removePhone,
          hint: stored?.phoneMasked ? (
            <Form.Item name="removePhone" valuePropName="checked" noStyle>
              <Checkbox data-testid="form-removePhone">{t('people.form.removePhone')}</Checkbox>
            </Form.Item>
          ) : undefined,
        })}
        {dictSelect('politicalStatus', 'politicalStatus')}
        {dictSelect('maritalStatus', 'maritalStatus')}
        {dictSelect('education', 'education')}
        {dictSelect('religion', 'religion')}
        {textInput('occupation', 50)}
        {textInput('workplace', 100, { span: 'wide' })}
      </Row>
    </Card>
  );
}

/** 户籍与住址: where the person is registered and where they say they live. */
export function HukouSection() {
  const { t, textInput } = useField();
  const division = t('people.form.divisionPlaceholder');
  return (
    <Card size="small" title={t('people.section.hukou')}>
      <Row gutter={16}>
        {textInput('nativePlace', 6, { placeholder: division })}
        {textInput('hukouPlace', 6, { placeholder: division })}
        {textInput('hukouAddress', 200, { span: 'full' })}
        {textInput('currentAddress', 200, { span: 'full' })}
      </Row>
    </Card>
  );
}

/** The fields of the chosen residency type only (人户一致; 流入原因, 办证; 国籍, 外文姓名). */
export function TypeSection({ residencyType }: { residencyType: ResidencyType | undefined }) {
  const { t, label, dictSelect, textInput, dateInput } = useField();
  if (!residencyType) return null;
  let body: ReactNode;
  if (residencyType === 'registered') {
    body = (
      <Col {...wide}>
        <Form.Item
          name="hukouConsistent"
          label={label('hukouConsistent')}
          extra={t('people.form.hukouConsistentHint')}
        >
          <Radio.Group
            options={[
              { value: true, label: t('people.yes') },
              { value: false, label: t('people.no') },
            ]}
            data-testid="form-hukouConsistent"
          />
        </Form.Item>
      </Col>
    );
  } else if (residencyType === 'migrant') {
    body = (
      <>
        {dictSelect('migrantReason', 'migrantReason', { required: true })}
        {dictSelect('permitType', 'permitType')}
        {dateInput('permitStart')}
        {dateInput('permitEnd')}
      </>
    );
  } else {
    body = (
      <>
        <Col {...wide}>
          <Form.Item
            name="nationality"
            label={label('nationality')}
            required
            extra={t('people.form.nationalityHint')}
            normalize={(value: string) => value?.toUpperCase()}
          >
            <Input maxLength={3} placeholder="KOR" autoComplete="off" data-testid="form-nationality" />
          </Form.Item>
        </Col>
        {textInput('foreignName', 100, { span: 'wide' })}
      </>
    );
  }
  return (
    <Card
      size="small"
      title={t(`people.section.type.${residencyType}` as MessageKey)}
      data-testid="form-type-section"
    >
      <Row gutter={16}>{body}</Row>
    </Card>
  );
}
