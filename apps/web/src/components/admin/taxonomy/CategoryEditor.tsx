import { type Category, CategoryUpdate } from '@wangge/contracts';
import { Alert, App, Button, Col, Descriptions, Flex, Form, Input, Row, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { DepartmentOption } from '../../../api/caseDetail.ts';
import { updateCategory } from '../../../api/taxonomy.ts';
import { checkBody, clearChangedErrors, serverError } from '../../../forms/zodForm.ts';
import { useErrorText } from '../../../i18n/useErrorText.ts';
import { useI18n } from '../../../i18n/useT.ts';
import { CategoryFields } from './CategoryFields.tsx';
import { type CategoryValues, changes, toValues } from './categoryValues.ts';

/** Server codes that are about one field of the form. */
export const CATEGORY_FIELD_ERRORS: Record<string, (string | number)[]> = {
  TAXONOMY_LEAD_REQUIRED: ['leadDepartment'],
  TAXONOMY_LEAD_IN_ASSIST: ['assistDepartments'],
  TAXONOMY_CODE_TAKEN: ['code'],
  TAXONOMY_PARENT_UNKNOWN: ['parentCode'],
};

/** The edit form of one category, checked against CategoryUpdate; only changed fields are sent. */
export function CategoryEditor({
  category,
  departments,
  onSaved,
}: {
  category: Category;
  departments: DepartmentOption[];
  onSaved: (saved: Category) => void;
}) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<CategoryValues>();
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues(category));
    setAlert(null);
  }, [category, form]);

  const save = async () => {
    setAlert(null);
    const diff = changes(category, form.getFieldsValue(true) as CategoryValues);
    if (Object.keys(diff).length === 0) {
      message.info(t('admin.taxonomy.nothingChanged'));
      return;
    }
    const body = checkBody(CategoryUpdate, diff, form, t);
    if (!body) return;
    setSaving(true);
    try {
      const saved = await updateCategory(category.code, body);
      message.success(t('admin.taxonomy.saved', { name: saved.name }));
      onSaved(saved);
    } catch (error) {
      setAlert(serverError(error, form, CATEGORY_FIELD_ERRORS, errorText));
    } finally {
      setSaving(false);
    }
  };

  const updated = new Date(category.updatedAt).toLocaleString(locale, { timeZone: 'Asia/Shanghai' });
  return (
    <div data-testid="taxonomy-editor">
      <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {category.code} {category.name}
        </Typography.Title>
        <Tag>{t(`admin.taxonomy.kind.${category.kind}`)}</Tag>
        {category.active ? null : <Tag color="default">{t('admin.taxonomy.inactive')}</Tag>}
      </Flex>
      <Descriptions
        size="small"
        column={3}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'source', label: t('admin.taxonomy.source'), children: category.source },
          {
            key: 'parent',
            label: t('admin.taxonomy.parent'),
            children: category.parentCode ?? t('common.none'),
          },
          { key: 'updated', label: t('admin.taxonomy.updatedAt'), children: updated },
        ]}
      />
      <Form<CategoryValues>
        form={form}
        layout="vertical"
        onValuesChange={(changed) => {
          setAlert(null);
          clearChangedErrors(form, changed);
        }}
      >
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="name" label={t('admin.taxonomy.name')} required>
              <Input maxLength={60} data-testid="taxonomy-name" />
            </Form.Item>
          </Col>
        </Row>
        <CategoryFields departments={departments} />
        {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 12 }} /> : null}
        <Flex gap={8}>
          <Button type="primary" onClick={save} loading={saving} data-testid="taxonomy-save">
            {t('admin.save')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              form.setFieldsValue(toValues(category));
            }}
          >
            {t('admin.taxonomy.revert')}
          </Button>
        </Flex>
      </Form>
    </div>
  );
}
