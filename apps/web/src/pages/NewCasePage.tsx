import { type AppealNature, ReportCaseRequest, type TerritoryMap } from '@wangge/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Typography,
  type UploadFile,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { CategoryOption } from '../api/newCase.ts';
import { reportCase } from '../api/newCase.ts';
import { fetchTerritoryMap } from '../api/org.ts';
import { CategorySelect, CategorySuggestions } from '../components/new-case/CategoryField.tsx';
import { LocationInfo } from '../components/new-case/LocationInfo.tsx';
import { NewCaseMap } from '../components/new-case/NewCaseMap.tsx';
import { PhotoField, uploadedIds } from '../components/new-case/PhotoField.tsx';
import { checkBody } from '../forms/zodForm.ts';
import { useLocate } from '../hooks/useLocate.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useT } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';

interface FormValues {
  externalRef: string;
  reporterName?: string;
  reporterPhone?: string;
  appealNature?: AppealNature;
  title: string;
  description: string;
  categoryCode?: string;
  address?: string;
  gridCode?: string;
}

const NATURES: AppealNature[] = ['request', 'complaint', 'inquiry', 'suggestion', 'thanks'];
const PHONE = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;
const EXTERNAL_REF = /^[A-Za-z0-9_.:-]{1,64}$/;

function newKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `nc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Optional text: trimmed, or left out when empty. */
function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** /cases/new: a hotline operator records a 12345 call as a case. */
export default function NewCasePage() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const [picked, setPicked] = useState<CategoryOption[]>([]);
  const [territory, setTerritory] = useState<TerritoryMap | null>(null);
  const [territorySettled, setTerritorySettled] = useState(false);
  const [territoryError, setTerritoryError] = useState<string | null>(null);
  const located = useLocate();

  const title = Form.useWatch('title', form) ?? '';
  const description = Form.useWatch('description', form) ?? '';
  const categoryCode = Form.useWatch('categoryCode', form);

  useEffect(() => {
    const controller = new AbortController();
    fetchTerritoryMap(null, controller.signal).then(
      (data) => {
        setTerritory(data);
        setTerritorySettled(true);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setTerritoryError(errorText(error));
        setTerritorySettled(true);
      },
    );
    return () => controller.abort();
  }, [errorText]);

  const onPick = useCallback((lng: number, lat: number) => located.run(lng, lat), [located.run]);

  const reset = () => {
    form.resetFields();
    setPhotos([]);
    setPicked([]);
    setSubmitError(null);
    located.clear();
    setIdempotencyKey(newKey());
  };

  const submit = async (values: FormValues) => {
    if (submitting) return;
    if (photos.some((file) => file.status === 'uploading')) {
      message.warning(t('newCase.photos.uploading'));
      return;
    }
    const body: ReportCaseRequest = {
      idempotencyKey,
      channel: 'hotline',
      externalRef: values.externalRef.trim(),
      title: values.title.trim(),
      description: values.description.trim(),
      photos: uploadedIds(photos),
    };
    const categoryCode = optional(values.categoryCode);
    if (categoryCode) body.categoryCode = categoryCode;
    if (values.appealNature) body.appealNature = values.appealNature;
    const address = optional(values.address);
    if (address) body.address = address;
    const reporterName = optional(values.reporterName);
    if (reporterName) body.reporterName = reporterName;
    const reporterPhone = optional(values.reporterPhone);
    if (reporterPhone) body.reporterPhone = reporterPhone;
    if (located.point) body.location = { lng: located.point.lng, lat: located.point.lat, crs: 'WGS84' };
    else if (values.gridCode) body.gridCode = values.gridCode;

    // The server's own contract, checked before sending: problems land on their fields, in the
    // user's language (location and photos have no field of their own: the form's alert).
    setSubmitError(null);
    const fields = new Set(Object.keys(values));
    const checked = checkBody(
      ReportCaseRequest,
      body,
      form,
      t,
      (path) => (typeof path[0] === 'string' && fields.has(path[0]) ? [path[0]] : null),
      (text) => setSubmitError(text),
    );
    if (!checked) return;

    setSubmitting(true);
    try {
      const result = await reportCase(checked);
      message.success(t(result.created ? 'newCase.success' : 'newCase.existing', { number: result.number }));
      navigate(`/cases/${encodeURIComponent(result.id)}`);
    } catch (error) {
      const text = errorText(error);
      setSubmitError(text);
      message.error(text);
      setSubmitting(false);
    }
  };

  return (
    <div style={{ flex: 1, minWidth: 0, overflow: 'auto', padding: '16px 20px' }}>
      <Space orientation="vertical" size={2} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('newCase.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('newCase.subtitle')}</Typography.Text>
      </Space>
      <Form<FormValues>
        form={form}
        layout="vertical"
        data-testid="new-case-form"
        onFinish={submit}
        disabled={submitting}
        requiredMark
      >
        <Row gutter={16}>
          <Col xs={24} lg={13}>
            <Card size="small" title={t('newCase.section.caller')} style={{ marginBottom: 12 }}>
              <Row gutter={12}>
                <Col span={24}>
                  <Form.Item
                    name="externalRef"
                    label={t('newCase.field.externalRef')}
                    rules={[
                      { required: true, whitespace: true, message: t('newCase.field.externalRef.required') },
                      { pattern: EXTERNAL_REF, message: t('newCase.field.externalRef.invalid') },
                    ]}
                    style={{ marginBottom: 12 }}
                  >
                    <Input placeholder={t('newCase.field.externalRef.placeholder')} maxLength={64} />
                  </Form.Item>
                </Col>
                <Col span={10}>
                  <Form.Item
                    name="reporterName"
                    label={t('newCase.field.reporterName')}
                    style={{ marginBottom: 12 }}
                  >
                    <Input placeholder={t('newCase.field.reporterName.placeholder')} maxLength={50} />
                  </Form.Item>
                </Col>
                <Col span={14}>
                  <Form.Item
                    name="reporterPhone"
                    label={t('newCase.field.reporterPhone')}
                    rules={[{ pattern: PHONE, message: t('newCase.field.reporterPhone.invalid') }]}
                    style={{ marginBottom: 12 }}
                  >
                    <Input placeholder={t('newCase.field.reporterPhone.placeholder')} maxLength={13} />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item
                    name="appealNature"
                    label={t('newCase.field.appealNature')}
                    style={{ marginBottom: 0 }}
                  >
                    <Radio.Group
                      optionType="button"
                      options={NATURES.map((nature) => ({
                        value: nature,
                        label: t(`newCase.nature.${nature}` as MessageKey),
                      }))}
                    />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card size="small" title={t('newCase.section.appeal')} style={{ marginBottom: 12 }}>
              <Form.Item
                name="title"
                label={t('newCase.field.title')}
                rules={[{ required: true, whitespace: true, message: t('newCase.field.title.required') }]}
                style={{ marginBottom: 12 }}
              >
                <Input placeholder={t('newCase.field.title.placeholder')} maxLength={100} showCount />
              </Form.Item>
              <Form.Item
                name="description"
                label={t('newCase.field.description')}
                rules={[
                  { required: true, whitespace: true, message: t('newCase.field.description.required') },
                ]}
                style={{ marginBottom: 24 }}
              >
                <Input.TextArea
                  placeholder={t('newCase.field.description.placeholder')}
                  maxLength={4000}
                  showCount
                  autoSize={{ minRows: 4, maxRows: 10 }}
                />
              </Form.Item>
              <CategorySuggestions
                text={`${title}\n${description}`}
                selected={categoryCode}
                onPick={(item) => {
                  setPicked((current) => [
                    { code: item.code, name: item.name, kind: item.kind, parentCode: item.parentCode },
                    ...current.filter((option) => option.code !== item.code),
                  ]);
                  form.setFieldValue('categoryCode', item.code);
                }}
              />
              <Form.Item
                name="categoryCode"
                label={t('newCase.field.category')}
                style={{ marginTop: 8, marginBottom: 0 }}
              >
                <CategorySelect extraOptions={picked} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={11}>
            <Card size="small" title={t('newCase.section.location')} style={{ marginBottom: 12 }}>
              <Form.Item name="address" label={t('newCase.field.address')} style={{ marginBottom: 8 }}>
                <Input placeholder={t('newCase.field.address.placeholder')} maxLength={200} />
              </Form.Item>
              <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4, fontSize: 12 }}>
                {t('newCase.map.hint')}
              </Typography.Text>
              <NewCaseMap
                data={territory}
                dataSettled={territorySettled}
                point={located.point}
                onPick={onPick}
                height={260}
              />
              {territoryError && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginTop: 8 }}
                  title={t('newCase.map.loadFailed', { message: territoryError })}
                />
              )}
              <Form.Item
                name="gridCode"
                label={t('newCase.field.grid')}
                extra={located.point ? t('newCase.field.grid.pointWins') : t('newCase.field.grid.help')}
                style={{ marginTop: 8, marginBottom: 0 }}
              >
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  disabled={!!located.point}
                  placeholder={t('newCase.field.grid.placeholder')}
                  options={(territory?.grids.features ?? []).map((g) => ({
                    value: g.properties.code,
                    label: `${g.properties.name}（${g.properties.code}）`,
                  }))}
                  data-testid="new-case-grid"
                />
              </Form.Item>
              <LocationInfo
                point={located.point}
                result={located.result}
                loading={located.loading}
                error={located.error ? errorText(located.error) : null}
                onClear={located.clear}
              />
            </Card>
            <Card size="small" title={t('newCase.section.photos')} style={{ marginBottom: 12 }}>
              <PhotoField files={photos} onChange={setPhotos} />
            </Card>
          </Col>
        </Row>
        {submitError && (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setSubmitError(null) }}
            style={{ marginBottom: 12 }}
            title={t('newCase.failed')}
            description={submitError}
          />
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={submitting} data-testid="new-case-submit">
            {t('newCase.submit')}
          </Button>
          <Button onClick={reset}>{t('newCase.reset')}</Button>
        </Space>
      </Form>
    </div>
  );
}
