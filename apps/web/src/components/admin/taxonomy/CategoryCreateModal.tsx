import { type Category, CategoryCreate, type CategoryNode } from '@wangge/contracts';
import { Alert, App, type ButtonProps, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import type { DepartmentOption } from '../../../api/caseDetail.ts';
import { createCategory } from '../../../api/taxonomy.ts';
import { checkBody, clearChangedErrors, serverError } from '../../../forms/zodForm.ts';
import { useErrorText } from '../../../i18n/useErrorText.ts';
import { useT } from '../../../i18n/useT.ts';
import { CATEGORY_FIELD_ERRORS } from './CategoryEditor.tsx';
import { CategoryFields } from './CategoryFields.tsx';
import { type CategoryValues, editable } from './categoryValues.ts';

const ITEM_KINDS = ['component_fault', 'event', 'dispute', 'hazard', 'livelihood', 'property'] as const;

/** 新增分类: a local item under a class, starting from the class's defaults. */
export function CategoryCreateModal({
  classes,
  departments,
  initialParent,
  onClose,
  onCreated,
}: {
  classes: CategoryNode[];
  departments: DepartmentOption[];
  initialParent: string | null;
  onClose: () => void;
  onCreated: (created: Category) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<CategoryValues>();
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  /** A new item takes its class's routing and limits, and the kind of its siblings. */
  const fromClass = (code: string | undefined): CategoryValues => {
    const parent = classes.find((c) => c.code === code);
    if (!parent) return {};
    return {
      parentCode: parent.code,
      kind: parent.children[0]?.kind ?? 'event',
      defaultLevel: parent.defaultLevel,
      leadDepartment: parent.leadDepartment,
      assistDepartments: parent.assistDepartments,
      limits: parent.limits,
      autoEscalate: parent.autoEscalate,
      active: true,
      keywords: [],
    };
  };

  const submit = async () => {
    setAlert(null);
    const v = form.getFieldsValue(true) as CategoryValues;
    const body = checkBody(
      CategoryCreate,
      { code: v.code?.trim() ?? '', parentCode: v.parentCode ?? '', kind: v.kind, ...editable(v) },
      form,
      t,
    );
    if (!body) return;
    setSaving(true);
    try {
      const created = await createCategory(body);
      message.success(t('admin.taxonomy.created', { name: created.name }));
      onCreated(created);
    } catch (error) {
      setAlert(serverError(error, form, CATEGORY_FIELD_ERRORS, errorText));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('admin.taxonomy.addTitle')}
      okText={t('admin.save')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'taxonomy-create-submit' } as ButtonProps}
      mask={{ closable: false }}
      width={760}
      destroyOnHidden
    >
      <Form<CategoryValues>
        form={form}
        layout="vertical"
        initialValues={fromClass(initialParent ?? classes[0]?.code)}
        onValuesChange={(changed: CategoryValues) => {
          setAlert(null);
          clearChangedErrors(form, changed);
          if (changed.parentCode) form.setFieldsValue(fromClass(changed.parentCode));
        }}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="parentCode" label={t('admin.taxonomy.parent')} required>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={classes.map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))}
                data-testid="taxonomy-parent"
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="code"
              label={t('admin.taxonomy.code')}
              required
              extra={t('admin.taxonomy.codeHint')}
            >
              <Input maxLength={6} data-testid="taxonomy-code" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={t('admin.taxonomy.kindLabel')} required>
              <Select options={ITEM_KINDS.map((k) => ({ value: k, label: t(`admin.taxonomy.kind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="name" label={t('admin.taxonomy.name')} required>
              <Input maxLength={60} data-testid="taxonomy-new-name" />
            </Form.Item>
          </Col>
        </Row>
        <CategoryFields departments={departments} />
      </Form>
      {alert ? <Alert type="error" showIcon title={alert} /> : null}
    </Modal>
  );
}
