import { Popover, Typography, theme } from 'antd';
import { memo, useState } from 'react';
import { useI18n } from '../../../i18n/useT.ts';
import {
  daysInMonth,
  isoDay,
  isWeekend,
  type MarkedDay,
  type Marks,
  nearbyName,
  weekdayOf,
} from './calendarDays.ts';
import { DayEditor } from './DayEditor.tsx';

const HEAD = ['一', '二', '三', '四', '五', '六', '日'];
const HEAD_EN = ['M', 'T', 'W', 'T', 'F', 'S', 'S'];

/** The twelve months of a year, holidays and make-up workdays marked; a click edits a day. */
export function YearGrid({
  year,
  marks,
  onChange,
}: {
  year: number;
  marks: Marks;
  onChange: (day: string, mark: MarkedDay | null) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div
      data-testid="calendar-grid"
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(250px, 1fr))', gap: 12 }}
    >
      {Array.from({ length: 12 }, (_, month) => (
        <Month
          key={month}
          year={year}
          month={month}
          marks={marks}
          editing={editing?.startsWith(isoDay(year, month, 1).slice(0, 8)) ? editing : null}
          onEdit={setEditing}
          onChange={(day, mark) => {
            setEditing(null);
            onChange(day, mark);
          }}
        />
      ))}
    </div>
  );
}

const Month = memo(function Month({
  year,
  month,
  marks,
  editing,
  onEdit,
  onChange,
}: {
  year: number;
  month: number;
  marks: Marks;
  editing: string | null;
  onEdit: (day: string | null) => void;
  onChange: (day: string, mark: MarkedDay | null) => void;
}) {
  const { t, locale } = useI18n();
  const { token } = theme.useToken();
  const first = isoDay(year, month, 1);
  const blanks = weekdayOf(first);
  const total = daysInMonth(year, month);
  const title = new Date(Date.UTC(year, month, 1)).toLocaleString(locale, { month: 'long', timeZone: 'UTC' });
  return (
    <div
      style={{
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: 6,
        padding: 8,
        background: token.colorBgContainer,
      }}
      data-testid={`calendar-month-${month + 1}`}
    >
      <Typography.Text strong>{title}</Typography.Text>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, marginTop: 4 }}>
        {(locale === 'en' ? HEAD_EN : HEAD).map((h, i) => (
          <div
            key={i}
            style={{
              textAlign: 'center',
              fontSize: 12,
              color: i >= 5 ? token.colorError : token.colorTextSecondary,
            }}
          >
            {h}
          </div>
        ))}
        {Array.from({ length: blanks }, (_, i) => (
          <div key={`b${i}`} />
        ))}
        {Array.from({ length: total }, (_, i) => {
          const day = isoDay(year, month, i + 1);
          const mark = marks.get(day);
          const weekend = isWeekend(day);
          const colors =
            mark?.kind === 'holiday'
              ? { background: token.colorErrorBg, color: token.colorError, border: token.colorErrorBorder }
              : mark?.kind === 'workday'
                ? {
                    background: token.colorWarningBg,
                    color: token.colorWarningText,
                    border: token.colorWarningBorder,
                  }
                : {
                    background: 'transparent',
                    color: weekend ? token.colorTextTertiary : token.colorText,
                    border: 'transparent',
                  };
          const cell = (
            <button
              type="button"
              title={
                mark
                  ? `${mark.name} · ${t(mark.kind === 'holiday' ? 'admin.calendar.holiday' : 'admin.calendar.workday')}`
                  : undefined
              }
              onClick={() => onEdit(day)}
              data-testid={`calendar-day-${day}`}
              data-kind={mark?.kind ?? 'normal'}
              style={{
                position: 'relative',
                height: 30,
                padding: 0,
                border: `1px solid ${editing === day ? token.colorPrimary : colors.border}`,
                borderRadius: 4,
                background: colors.background,
                color: colors.color,
                cursor: 'pointer',
                fontSize: 13,
                fontWeight: mark ? 600 : 400,
              }}
            >
              {i + 1}
              {mark ? (
                <span style={{ position: 'absolute', top: -1, right: 1, fontSize: 9, lineHeight: 1 }}>
                  {t(mark.kind === 'holiday' ? 'admin.calendar.holidayMark' : 'admin.calendar.workdayMark')}
                </span>
              ) : null}
            </button>
          );
          return editing === day ? (
            <Popover
              key={day}
              open
              trigger="click"
              onOpenChange={(open) => {
                if (!open) onEdit(null);
              }}
              content={
                <DayEditor
                  day={day}
                  mark={mark}
                  suggestedName={nearbyName(marks, day)}
                  onApply={(next) => onChange(day, next)}
                  onCancel={() => onEdit(null)}
                />
              }
            >
              {cell}
            </Popover>
          ) : (
            <span key={day} style={{ display: 'contents' }}>
              {cell}
            </span>
          );
        })}
      </div>
    </div>
  );
});
