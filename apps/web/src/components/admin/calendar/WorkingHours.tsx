import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { SlaSettings } from '@wangge/contracts';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Skeleton, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/ApiError.ts';
import { fetchSlaSettings, updateSlaSettings } from '../../../api/calendar.ts';
import { checkBody, clearChangedErrors } from '../../../forms/zodForm.ts';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useErrorText } from '../../../i18n/useErrorText.ts';
import { useT } from '../../../i18n/useT.ts';
import { LoadErrorAlert } from '../../LoadErrorAlert.tsx';

interface Values {
  periods: Array<[Dayjs | null, Dayjs | null] | null>;
  /** The yellow share in percent. */
  yellowPercent: number | null;
}

const HHMM = 'HH:mm';
const toValues = (s: SlaSettings): Values => ({
  periods: s.workingPeriods.map(([a, b]) => [dayjs(a, HHMM), dayjs(b, HHMM)]),
  yellowPercent: Math.round(s.yellowShare * 100),
});

/** 工作时间: the working periods that working-hour limits count, and when the yellow warning starts. */
export function WorkingHours() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [reload, setReload] = useState(0);
  const settings = useAsync((signal) => fetchSlaSettings(signal), [reload]);
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  useEffect(() => {
    if (settings.data) form.setFieldsValue(toValues(settings.data));
  }, [settings.data, form]);

  const save = async () => {
    setAlert(null);
    const v = form.getFieldsValue(true) as Values;
    const body = checkBody(
      SlaSettings,
      {
        workingPeriods: (v.periods ?? []).map((p) => [
          p?.[0]?.format(HHMM) ?? '',
          p?.[1]?.format(HHMM) ?? '',
        ]),
        yellowShare: v.yellowPercent == null ? undefined : v.yellowPercent / 100,
      },
      form,
      t,
      (path) =>
        path[0] === 'workingPeriods'
          ? path.length > 1
            ? ['periods', Number(path[1])]
            : ['periods']
          : path[0] === 'yellowShare'
            ? ['yellowPercent']
            : null,
      setAlert,
    );
    if (!body) return;
    setSaving(true);
    try {
      const saved = await updateSlaSettings(body);
      form.setFieldsValue(toValues(saved));
      message.success(t('admin.calendar.settingsSaved'));
    } catch (error) {
      const index =
        error instanceof ApiError ? (error.details as { index?: unknown } | undefined)?.index : undefined;
      if (error instanceof ApiError && error.code === 'SLA_PERIODS_INVALID' && typeof index === 'number') {
        form.setFields([{ name: ['periods', index], errors: [errorText(error)] }]);
      } else {
        setAlert(errorText(error));
      }
    } finally {
      setSaving(false);
    }
  };

  if (settings.error)
    return <LoadErrorAlert error={settings.error} onRetry={() => setReload((n) => n + 1)} />;
  if (!settings.data) return <Skeleton active />;
  return (
    <Card size="small" style={{ maxWidth: 640 }} data-testid="calendar-settings">
      <Typography.Paragraph type="secondary">{t('admin.calendar.settingsExplain')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onValuesChange={(changed) => {
          setAlert(null);
          clearChangedErrors(form, changed);
        }}
      >
        <Form.Item label={t('admin.calendar.periods')} required>
          <Form.List name="periods">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="start">
                    <Form.Item name={field.name} style={{ marginBottom: 8, width: 280 }}>
                      <TimePicker.RangePicker
                        format={HHMM}
                        minuteStep={5}
                        order
                        data-testid="calendar-period"
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                      aria-label={t('admin.calendar.removePeriod')}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  disabled={fields.length >= 8}
                  onClick={() => add(null)}
                  style={{ width: 280 }}
                >
                  {t('admin.calendar.addPeriod')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item
          name="yellowPercent"
          label={t('admin.calendar.yellowShare')}
          extra={t('admin.calendar.yellowShareHint')}
          required
        >
          <InputNumber
            min={1}
            max={99}
            precision={0}
            suffix="%"
            style={{ width: 140 }}
            data-testid="calendar-yellow"
          />
        </Form.Item>
        {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 12 }} /> : null}
        <Button type="primary" onClick={save} loading={saving} data-testid="calendar-settings-save">
          {t('admin.save')}
        </Button>
      </Form>
    </Card>
  );
}
