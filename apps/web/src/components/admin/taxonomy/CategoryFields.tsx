import { HANDLING_LEVELS, TIME_UNITS } from '@wangge/contracts';
import { Col, Form, InputNumber, Row, Select, Space, Switch } from 'antd';
import type { DepartmentOption } from '../../../api/caseDetail.ts';
import { LEVEL_LABELS, label } from '../../../cases/labels.ts';
import { useI18n } from '../../../i18n/useT.ts';

export const STAGES = ['accept', 'handle', 'verify'] as const;

/** The routing fields shared by the edit and create forms: level, departments, limits, switches, keywords. */
export function CategoryFields({ departments }: { departments: DepartmentOption[] }) {
  const { t, locale } = useI18n();
  const departmentOptions = departments.map((d) => ({ value: d.code, label: d.name }));
  return (
    <>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="defaultLevel" label={t('admin.taxonomy.level')} required>
            <Select
              options={HANDLING_LEVELS.map((l) => ({ value: l, label: label(LEVEL_LABELS, l, locale) }))}
              data-testid="taxonomy-level"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="leadDepartment" label={t('admin.taxonomy.lead')}>
            <Select
              allowClear
              options={departmentOptions}
              placeholder={t('common.none')}
              data-testid="taxonomy-lead"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="assistDepartments" label={t('admin.taxonomy.assist')}>
            <Select
              mode="multiple"
              allowClear
              options={departmentOptions}
              placeholder={t('common.none')}
              maxTagCount="responsive"
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        {STAGES.map((stage) => (
          <Col span={8} key={stage}>
            {/* The pair's errors (set on either half) show under the pair. */}
            <Form.Item label={t(`admin.taxonomy.limit.${stage}`)} required>
              <Space.Compact style={{ width: '100%' }}>
                <Form.Item name={['limits', stage, 'amount']} noStyle>
                  <InputNumber min={1} max={10000} precision={0} style={{ width: '40%' }} />
                </Form.Item>
                <Form.Item name={['limits', stage, 'unit']} noStyle>
                  <Select
                    style={{ width: '60%' }}
                    options={TIME_UNITS.map((u) => ({ value: u, label: t(`caseDetail.unit.${u}`) }))}
                  />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Row gutter={12}>
        <Col span={16}>
          <Form.Item
            name="keywords"
            label={t('admin.taxonomy.keywords')}
            extra={t('admin.taxonomy.keywordsHint')}
          >
            <Select mode="tags" tokenSeparators={[',', '，', ' ', '、']} open={false} suffixIcon={null} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="autoEscalate" label={t('admin.taxonomy.autoEscalate')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="active" label={t('admin.taxonomy.active')} valuePropName="checked">
            <Switch data-testid="taxonomy-active" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
