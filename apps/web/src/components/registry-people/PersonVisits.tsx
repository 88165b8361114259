import { FormOutlined } from '@ant-design/icons';
import { VisitCreate } from '@wangge/contracts';
import {
  Alert,
  App,
  Button,
  type ButtonProps,
  Checkbox,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/ApiError.ts';
import { createVisit, fetchVisits, type PersonView } from '../../api/registry.ts';
import { checkBody, clearChangedErrors } from '../../forms/zodForm.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useT } from '../../i18n/useT.ts';
import { LoadErrorAlert } from '../LoadErrorAlert.tsx';
import { chinaToday } from './personLabels.ts';
import type { CareTags } from './useCareTags.ts';

/** The visits (走访) to the person, newest first, and 记录走访 for those who keep the record. */
export function PersonVisits({ person, careTags }: { person: PersonView; careTags: CareTags }) {
  const t = useT();
  const [reload, setReload] = useState(0);
  const [recording, setRecording] = useState(false);
  const visits = useAsync((signal) => fetchVisits(person.id, signal), [person.id, reload]);
  const items = [...(visits.data?.items ?? [])].sort((a, b) =>
    a.visitedOn === b.visitedOn
      ? b.createdAt.localeCompare(a.createdAt)
      : b.visitedOn.localeCompare(a.visitedOn),
  );
  const unavailable = visits.error instanceof ApiError && visits.error.code === 'NOT_FOUND';

  return (
    <div data-testid="person-visits">
      {person.can.visit ? (
        <Flex justify="flex-end" style={{ marginBottom: 8 }}>
          <Button
            size="small"
            type="primary"
            ghost
            icon={<FormOutlined />}
            onClick={() => setRecording(true)}
            data-testid="visit-new"
          >
            {t('people.visits.record')}
          </Button>
        </Flex>
      ) : null}
      {visits.error ? (
        unavailable ? (
          <Alert type="info" showIcon title={t('people.visits.unavailable')} />
        ) : (
          <LoadErrorAlert error={visits.error} onRetry={() => setReload((n) => n + 1)} />
        )
      ) : items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={visits.loading ? t('people.loading') : t('people.visits.none')}
          style={{ margin: 0 }}
        />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={items.map((v) => ({
            key: v.id,
            color: v.needsFollowUp ? 'orange' : 'green',
            content: (
              <div data-testid="visit-entry">
                <Flex gap={8} wrap align="baseline">
                  <Typography.Text strong>{v.visitedOn}</Typography.Text>
                  <Typography.Text type="secondary">{v.visitorName}</Typography.Text>
                  {v.tagCodes.map((code) => (
                    <Tag key={code} color="gold" style={{ marginInlineEnd: 0 }}>
                      {careTags.nameOf(code)}
                    </Tag>
                  ))}
                  {v.needsFollowUp ? (
                    <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                      {t('people.visits.needsFollowUp')}
                    </Tag>
                  ) : null}
                </Flex>
                <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>
                  {v.findings}
                </Typography.Paragraph>
                {v.followUp ? (
                  <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {t('people.visits.followUpLine', { text: v.followUp })}
                  </Typography.Paragraph>
                ) : null}
              </div>
            ),
          }))}
        />
      )}
      {recording ? (
        <VisitModal
          person={person}
          careTags={careTags}
          onClose={() => setRecording(false)}
          onSaved={() => {
            setRecording(false);
            setReload((n) => n + 1);
          }}
        />
      ) : null}
    </div>
  );
}

interface VisitValues {
  visitedOn?: Dayjs | null;
  tagCodes?: string[];
  findings?: string;
  followUp?: string;
  needsFollowUp?: boolean;
}

function VisitModal({
  person,
  careTags,
  onClose,
  onSaved,
}: {
  person: PersonView;
  careTags: CareTags;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<VisitValues>();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const today = chinaToday();

  const submit = async () => {
    setAlert(null);
    const v = form.getFieldsValue(true) as VisitValues;
    const findings = v.findings?.trim() ?? '';
    if (findings.length < 2) {
      form.setFields([{ name: 'findings', errors: [t('people.visits.findingsTooShort')] }]);
      return;
    }
    const followUp = v.followUp?.trim();
    const body = checkBody(
      VisitCreate,
      {
        visitedOn: v.visitedOn ? v.visitedOn.format('YYYY-MM-DD') : '',
        tagCodes: v.tagCodes ?? [],
        findings,
        ...(followUp ? { followUp } : {}),
        needsFollowUp: Boolean(v.needsFollowUp),
      },
      form,
      t,
    );
    if (!body) return;
    setBusy(true);
    try {
      await createVisit(person.id, body);
      message.success(t('people.visits.saved'));
      onSaved();
    } catch (error) {
      setAlert(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('people.visits.title', { name: person.name })}
      okText={t('people.visits.submit')}
      cancelText={t('admin.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'visit-submit' } as ButtonProps}
      mask={{ closable: false }}
      width={560}
      destroyOnHidden
    >
      <Form<VisitValues>
        form={form}
        layout="vertical"
        initialValues={{
          visitedOn: dayjs(today),
          tagCodes: person.tags.map((tag) => tag.code),
          needsFollowUp: false,
        }}
        onValuesChange={(changed) => {
          setAlert(null);
          clearChangedErrors(form, changed);
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="visitedOn" label={t('people.visits.visitedOn')} required style={{ width: 180 }}>
            <DatePicker
              style={{ width: '100%' }}
              allowClear={false}
              disabledDate={(d) => d.format('YYYY-MM-DD') > today}
            />
          </Form.Item>
          {person.tags.length ? (
            <Form.Item name="tagCodes" label={t('people.visits.tags')} style={{ flex: 1, minWidth: 200 }}>
              <Select
                mode="multiple"
                options={person.tags.map((tag) => ({ value: tag.code, label: careTags.nameOf(tag.code) }))}
              />
            </Form.Item>
          ) : null}
        </Flex>
        <Form.Item name="findings" label={t('people.visits.findings')} required>
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            placeholder={t('people.visits.findingsPlaceholder')}
            data-testid="visit-findings"
          />
        </Form.Item>
        <Form.Item name="followUp" label={t('people.visits.followUp')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="needsFollowUp" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{t('people.visits.needsFollowUpCheck')}</Checkbox>
        </Form.Item>
      </Form>
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginTop: 12 }} /> : null}
    </Modal>
  );
}
