import { OrganisationFields, OrganisationUpdate } from '@wangge/contracts';
import { ORG_KIND, validateOrganisation } from '@wangge/domain/registry';
import {
  Alert,
  type ButtonProps,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import { useState } from 'react';
import { fetchGrid } from '../../api/org.ts';
import { listGrids } from '../../api/registryLookup.ts';
import { createOrganisation, type OrganisationView, updateOrganisation } from '../../api/registryOrgs.ts';
import { checkBody, clearChangedErrors } from '../../forms/zodForm.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useI18n } from '../../i18n/useT.ts';
import { type CodedFieldError, showFieldErrors, showSaveError } from './fieldErrors.ts';
import { KeptNumberItem, numberEdit } from './KeptNumberItem.tsx';
import { dictOptions } from './labels.ts';

interface Values {
  name?: string;
  kind?: string;
  uscc?: string;
  legalRepName?: string;
  legalRepIdNumber?: string;
  contactName?: string;
  contactPhone?: string;
  /** Edit only: remove the stored number (sent as null). */
  removeLegalRepId?: boolean;
  removeContactPhone?: boolean;
  address?: string;
  gridCode?: string;
  buildingCode?: string | null;
  employees?: number | null;
  hasPartyOrg?: boolean;
  partyMembers?: number | null;
}

/**
 * 新增单位 / 编辑单位. The domain's rules (validateOrganisation: credit code checksum, ID number,
 * phone) run in the browser first and show on the fields, then the API contract; the server checks
 * the same again. On an edit the personal numbers start empty, their masks as placeholders: left
 * empty they are left out of the request and the server keeps them, so editing never reveals them.
 */
export function OrgFormModal({
  org,
  onClose,
  onSaved,
}: {
  org?: OrganisationView;
  onClose: () => void;
  onSaved: (org: OrganisationView) => void;
}) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const gridCode = Form.useWatch('gridCode', form);
  const hasPartyOrg = Form.useWatch('hasPartyOrg', form);
  const grids = useAsync((signal) => listGrids(null, signal), []);
  const grid = useAsync((signal) => (gridCode ? fetchGrid(gridCode, signal) : null), [gridCode]);

  const initial: Values = org
    ? {
        name: org.name,
        kind: org.kind,
        uscc: org.uscc ?? '',
        legalRepName: org.legalRepName ?? '',
        contactName: org.contactName ?? '',
        address: org.address ?? '',
        gridCode: org.grid.code,
        buildingCode: org.building?.code ?? null,
        employees: org.employees,
        hasPartyOrg: org.hasPartyOrg,
        partyMembers: org.partyMembers,
      }
    : { hasPartyOrg: false };

  const submit = async () => {
    setAlert(null);
    const v = form.getFieldsValue(true) as Values;
    // Untouched or removed numbers are not the user's to check: only what was typed goes to the rules.
    const typed = (value: string | undefined, remove: boolean | undefined) =>
      remove || value == null || value.trim() === '' ? null : value;
    const checked = validateOrganisation(
      {
        name: v.name ?? null,
        kind: v.kind ?? null,
        uscc: v.uscc ?? null,
        legalRepName: v.legalRepName ?? null,
        legalRepIdNumber: typed(v.legalRepIdNumber, v.removeLegalRepId),
        contactName: v.contactName ?? null,
        contactPhone: typed(v.contactPhone, v.removeContactPhone),
        address: v.address ?? null,
        employees: v.employees ?? null,
        hasPartyOrg: v.hasPartyOrg ?? false,
        partyMembers: v.hasPartyOrg ? (v.partyMembers ?? null) : null,
      },
      new Date(),
    );
    const errors: CodedFieldError[] = checked.ok ? [] : [...checked.errors];
    if (!v.gridCode) errors.push({ field: 'gridCode', code: 'REQUIRED' });
    if (!checked.ok || errors.length > 0) {
      showFieldErrors(form, errors, t);
      return;
    }
    const o = checked.organisation;
    const fields = {
      name: o.name,
      kind: o.kind,
      uscc: o.uscc,
      legalRepName: o.legalRepName,
      contactName: o.contactName,
      address: o.address,
      gridCode: v.gridCode,
      buildingCode: v.buildingCode ?? null,
      employees: o.employees,
      hasPartyOrg: o.hasPartyOrg,
      partyMembers: o.hasPartyOrg ? o.partyMembers : null,
    };
    const numbers = org
      ? {
          ...numberEdit('legalRepIdNumber', v.legalRepIdNumber, v.removeLegalRepId, o.legalRepIdNumber),
          ...numberEdit('contactPhone', v.contactPhone, v.removeContactPhone, o.contactPhone),
        }
      : { legalRepIdNumber: o.legalRepIdNumber, contactPhone: o.contactPhone };
    const body = org
      ? checkBody(OrganisationUpdate, { ...fields, ...numbers, version: org.version }, form, t)
      : checkBody(OrganisationFields, { ...fields, ...numbers }, form, t);
    if (!body) return;
    setSaving(true);
    try {
      const saved = org
        ? await updateOrganisation(org.id, body as Parameters<typeof updateOrganisation>[1])
        : await createOrganisation(body as Parameters<typeof createOrganisation>[0]);
      onSaved(saved);
    } catch (error) {
      setAlert(
        showSaveError(error, form, t, errorText, {
          REGISTRY_ORG_EXISTS: 'uscc',
          REGISTRY_GRID_UNKNOWN: 'gridCode',
          REGISTRY_GRID_REQUIRED: 'gridCode',
          REGISTRY_BUILDING_UNKNOWN: 'buildingCode',
        }),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={org ? t('places.orgs.editTitle', { name: org.name }) : t('places.orgs.addTitle')}
      okText={t('places.save')}
      cancelText={t('places.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'org-submit' } as ButtonProps}
      mask={{ closable: false }}
      destroyOnHidden
      width={860}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={(changed: Partial<Values>) => {
          setAlert(null);
          clearChangedErrors(form, changed);
          if ('gridCode' in changed) form.setFieldValue('buildingCode', null);
        }}
      >
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="name" label={t('places.orgs.name')} required>
              <Input autoFocus maxLength={100} autoComplete="off" data-testid="org-name" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={t('places.orgs.kind')} required>
              <Select options={dictOptions(ORG_KIND, locale)} data-testid="org-kind" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="uscc" label={t('places.orgs.uscc')} tooltip={t('places.orgs.usccHint')}>
              <Input
                maxLength={18}
                autoComplete="off"
                style={{ textTransform: 'uppercase' }}
                data-testid="org-uscc"
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="legalRepName" label={t('places.orgs.legalRep')}>
              <Input maxLength={50} autoComplete="off" data-testid="org-legal-rep" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <KeptNumberItem
              name="legalRepIdNumber"
              removeName="removeLegalRepId"
              masked={org?.legalRepIdMasked ?? null}
              label={t('places.orgs.legalRepId')}
              maxLength={18}
              testId="org-legal-rep-id"
            />
          </Col>
          <Col span={8}>
            <Form.Item name="contactName" label={t('places.orgs.contactName')}>
              <Input maxLength={50} autoComplete="off" data-testid="org-contact-name" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <KeptNumberItem
              name="contactPhone"
              removeName="removeContactPhone"
              masked={org?.contactPhoneMasked ?? null}
              label={t('places.orgs.contactPhone')}
              maxLength={30}
              testId="org-contact-phone"
            />
          </Col>
          <Col span={8}>
            <Form.Item name="employees" label={t('places.orgs.employees')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="gridCode" label={t('places.grid')} required>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={grids.loading}
                options={(grids.data?.items ?? []).map((g) => ({ value: g.code, label: g.name }))}
                data-testid="org-grid"
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="buildingCode"
              label={t('places.orgs.building')}
              tooltip={t('places.orgs.buildingHint')}
            >
              <Select
                allowClear
                disabled={!gridCode}
                loading={grid.loading}
                showSearch={{ optionFilterProp: 'label' }}
                options={(grid.data && grid.data.code === gridCode ? grid.data.buildingList : []).map(
                  (b) => ({
                    value: b.code,
                    label: b.name,
                  }),
                )}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Flex gap={12}>
              <Form.Item name="hasPartyOrg" label={t('places.orgs.hasPartyOrg')} valuePropName="checked">
                <Switch data-testid="org-has-party" />
              </Form.Item>
              {hasPartyOrg ? (
                <Form.Item name="partyMembers" label={t('places.orgs.partyMembers')} style={{ flex: 1 }}>
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              ) : null}
            </Flex>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={t('places.orgs.address')}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: alert ? 8 : 0 }}>
        {t('places.orgs.privacyHint')}
      </Typography.Paragraph>
      {alert ? <Alert type="error" showIcon title={alert} /> : null}
    </Modal>
  );
}
