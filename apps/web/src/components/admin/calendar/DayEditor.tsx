import { Button, Flex, Input, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { type DayKind, FESTIVALS, isWeekend, type MarkedDay, weekdayOf } from './calendarDays.ts';

type Choice = DayKind | 'normal';

/** Monday first. */
export const WEEKDAYS = [
  'admin.calendar.weekday.0',
  'admin.calendar.weekday.1',
  'admin.calendar.weekday.2',
  'admin.calendar.weekday.3',
  'admin.calendar.weekday.4',
  'admin.calendar.weekday.5',
  'admin.calendar.weekday.6',
] as const;

/** Marks one day: an official holiday, a make-up workday (调休上班), or back to normal. */
export function DayEditor({
  day,
  mark,
  suggestedName,
  onApply,
  onCancel,
}: {
  day: string;
  mark: MarkedDay | undefined;
  suggestedName: string;
  onApply: (mark: MarkedDay | null) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [choice, setChoice] = useState<Choice>(mark?.kind ?? (isWeekend(day) ? 'workday' : 'holiday'));
  const [name, setName] = useState(mark?.name ?? suggestedName);
  const [missing, setMissing] = useState(false);
  const apply = () => {
    if (choice === 'normal') return onApply(null);
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 32) return setMissing(true);
    onApply({ kind: choice, name: trimmed });
  };
  return (
    <div style={{ width: 260 }} data-testid="calendar-day-editor">
      <Typography.Text strong>
        {day} {t(WEEKDAYS[weekdayOf(day)] ?? WEEKDAYS[0])}
      </Typography.Text>
      <Segmented<Choice>
        block
        style={{ margin: '8px 0' }}
        value={choice}
        onChange={setChoice}
        options={[
          { value: 'normal', label: t('admin.calendar.normal') },
          { value: 'holiday', label: t('admin.calendar.holiday') },
          { value: 'workday', label: t('admin.calendar.workday') },
        ]}
        data-testid="calendar-day-kind"
      />
      {choice === 'normal' ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t(isWeekend(day) ? 'admin.calendar.normalWeekend' : 'admin.calendar.normalWeekday')}
        </Typography.Paragraph>
      ) : (
        <>
          <Input
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setMissing(false);
            }}
            onPressEnter={apply}
            maxLength={32}
            placeholder={t('admin.calendar.namePlaceholder')}
            status={missing ? 'error' : undefined}
            data-testid="calendar-day-name"
          />
          <Flex wrap gap={4} style={{ marginTop: 6 }}>
            {FESTIVALS.map((f) => (
              <Tag.CheckableTag
                key={f}
                checked={name === f}
                onChange={() => {
                  setName(f);
                  setMissing(false);
                }}
              >
                {f}
              </Tag.CheckableTag>
            ))}
          </Flex>
          {missing ? (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t('admin.calendar.nameRequired')}
            </Typography.Text>
          ) : null}
        </>
      )}
      <Flex justify="end" gap={8} style={{ marginTop: 8 }}>
        <Button size="small" onClick={onCancel}>
          {t('admin.cancel')}
        </Button>
        <Button size="small" type="primary" onClick={apply} data-testid="calendar-day-apply">
          {t('admin.calendar.apply')}
        </Button>
      </Flex>
    </div>
  );
}
