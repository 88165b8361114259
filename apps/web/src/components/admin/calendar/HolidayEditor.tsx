import { PlusOutlined } from '@ant-design/icons';
import { CalendarReplaceRequest, type CalendarStatus } from '@wangge/contracts';
import {
  Alert,
  App,
  Button,
  Flex,
  InputNumber,
  Popover,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../../api/ApiError.ts';
import { fetchCalendarYear, replaceCalendarYear } from '../../../api/calendar.ts';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useErrorText } from '../../../i18n/useErrorText.ts';
import { useI18n } from '../../../i18n/useT.ts';
import { LoadErrorAlert } from '../../LoadErrorAlert.tsx';
import { counts, type MarkedDay, type Marks, marksOf, sameMarks, toDays } from './calendarDays.ts';
import { YearGrid } from './YearGrid.tsx';

interface Issue {
  index: number;
  message: string;
}

/**
 * 节假日: one year's official holidays and make-up workdays on a twelve-month grid, edited day by
 * day and saved as a whole (the server replaces the year all or nothing).
 */
export function HolidayEditor({
  status,
  onSaved,
  initialYear,
}: {
  status: CalendarStatus | null;
  onSaved: () => void;
  initialYear: number;
}) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const { message, modal } = App.useApp();
  const [year, setYear] = useState(initialYear);
  const [added, setAdded] = useState<number[]>([]);
  const [reload, setReload] = useState(0);
  const loaded = useAsync((signal) => fetchCalendarYear(year, signal), [year, reload]);
  const saved: Marks = useMemo(() => (loaded.data ? marksOf(loaded.data) : new Map()), [loaded.data]);
  const [draft, setDraft] = useState<Marks>(saved);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<{ text: string; issues: Issue[] } | null>(null);
  const [adding, setAdding] = useState(false);
  const [newYear, setNewYear] = useState<number | null>(null);

  useEffect(() => {
    setDraft(saved);
    setProblems(null);
  }, [saved]);

  const dirty = !sameMarks(draft, saved);
  const covered = status?.coveredYears ?? [];
  const missing = status?.missingYears ?? [];
  const years = [...new Set([...covered, ...missing, ...added, year])].sort((a, b) => a - b);
  const { holidays, workdays } = counts(draft);
  const isCovered = covered.includes(year);
  const nextYear = Math.max(new Date().getFullYear(), ...covered) + 1;

  /** Leaves unsaved changes only when the user says so. */
  const goTo = (next: number) => {
    if (next === year) return;
    if (!dirty) return setYear(next);
    modal.confirm({
      title: t('admin.calendar.discardTitle'),
      content: t('admin.calendar.discardBody', { year }),
      okText: t('admin.calendar.discard'),
      cancelText: t('admin.cancel'),
      onOk: () => setYear(next),
    });
  };

  const addYear = (value: number) => {
    setAdded((list) => [...new Set([...list, value])]);
    setAdding(false);
    goTo(value);
  };

  const change = (day: string, mark: MarkedDay | null) => {
    setProblems(null);
    setDraft((current) => {
      const next = new Map(current);
      if (mark) next.set(day, mark);
      else next.delete(day);
      return next;
    });
  };

  const save = async () => {
    const body = { days: toDays(draft) };
    const checked = CalendarReplaceRequest.safeParse(body);
    if (!checked.success) {
      setProblems({
        text: t('admin.calendar.invalid'),
        issues: checked.error.issues.map((i) => ({
          index: Number(i.path[1] ?? 0),
          message: t('form.invalid'),
        })),
      });
      return;
    }
    setSaving(true);
    setProblems(null);
    try {
      await replaceCalendarYear(year, checked.data);
      message.success(t('admin.calendar.saved', { year, holidays, workdays }));
      setReload((n) => n + 1);
      onSaved();
    } catch (error) {
      const issues =
        error instanceof ApiError && error.code === 'SLA_CALENDAR_INVALID'
          ? ((error.details as { issues?: Issue[] } | undefined)?.issues ?? [])
          : [];
      setProblems({ text: errorText(error), issues });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div>
      {status?.warning ? (
        <Alert
          type="warning"
          showIcon
          title={t('admin.calendar.missingTitle', { years: missing.join('、') })}
          description={status.warning[locale]}
          action={
            missing[0] !== undefined && missing[0] !== year ? (
              <Button type="primary" onClick={() => addYear(missing[0]!)} data-testid="calendar-fill-missing">
                {t('admin.calendar.fillYear', { year: missing[0] })}
              </Button>
            ) : null
          }
          style={{ marginBottom: 12 }}
          data-testid="calendar-warning"
        />
      ) : null}
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Select
          value={year}
          onChange={goTo}
          style={{ width: 180 }}
          options={years.map((y) => ({
            value: y,
            label: covered.includes(y)
              ? t('admin.calendar.yearLabel', { year: y })
              : t('admin.calendar.yearMissing', { year: y }),
          }))}
          data-testid="calendar-year"
        />
        <Popover
          open={adding}
          onOpenChange={setAdding}
          trigger="click"
          content={
            <Space.Compact>
              <InputNumber
                min={2000}
                max={2100}
                precision={0}
                value={newYear ?? nextYear}
                onChange={(v) => setNewYear(v)}
                data-testid="calendar-new-year"
              />
              <Button
                type="primary"
                onClick={() => addYear(newYear ?? nextYear)}
                data-testid="calendar-new-year-ok"
              >
                {t('admin.calendar.open')}
              </Button>
            </Space.Compact>
          }
        >
          <Button icon={<PlusOutlined />} data-testid="calendar-add-year">
            {t('admin.calendar.addYear')}
          </Button>
        </Popover>
        <Space size={4} style={{ marginInlineStart: 8 }}>
          <Tag color="error">{t('admin.calendar.holidayMark')}</Tag>
          <Typography.Text type="secondary">
            {t('admin.calendar.holidayCount', { count: holidays })}
          </Typography.Text>
          <Tag color="warning" style={{ marginInlineStart: 8 }}>
            {t('admin.calendar.workdayMark')}
          </Tag>
          <Typography.Text type="secondary">
            {t('admin.calendar.workdayCount', { count: workdays })}
          </Typography.Text>
        </Space>
        <div style={{ flex: 1 }} />
        {dirty ? <Tag color="processing">{t('admin.calendar.unsaved')}</Tag> : null}
        <Button disabled={!dirty || saving} onClick={() => setDraft(saved)} data-testid="calendar-revert">
          {t('admin.calendar.revert')}
        </Button>
        <Button type="primary" disabled={!dirty} loading={saving} onClick={save} data-testid="calendar-save">
          {t('admin.calendar.save', { year })}
        </Button>
      </Flex>
      {problems ? (
        <Alert
          type="error"
          showIcon
          title={problems.text}
          description={
            problems.issues.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {problems.issues.slice(0, 10).map((i) => (
                  <li key={`${i.index}-${i.message}`}>
                    {toDays(draft)[i.index]?.day ?? `#${i.index + 1}`}：{i.message}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {loaded.error ? (
        <LoadErrorAlert
          error={loaded.error}
          onRetry={() => setReload((n) => n + 1)}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {!loaded.data && loaded.loading ? (
        <Skeleton active />
      ) : (
        <>
          {!isCovered && draft.size === 0 ? (
            <Alert
              type="info"
              showIcon
              title={t('admin.calendar.emptyYear', { year })}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
            {t('admin.calendar.howTo')}
          </Typography.Paragraph>
          <YearGrid year={year} marks={draft} onChange={change} />
        </>
      )}
    </div>
  );
}
