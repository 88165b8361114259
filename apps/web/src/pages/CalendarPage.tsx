import { Alert, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { fetchCalendarStatus } from '../api/calendar.ts';
import { HolidayEditor } from '../components/admin/calendar/HolidayEditor.tsx';
import { WorkingHours } from '../components/admin/calendar/WorkingHours.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useT } from '../i18n/useT.ts';

/** /admin/calendar: the holiday calendar that working-day limits count, and the working hours. */
export default function CalendarPage() {
  const t = useT();
  const errorText = useErrorText();
  const [reload, setReload] = useState(0);
  const status = useAsync((signal) => fetchCalendarStatus(signal), [reload]);
  // China time decides which year it is.
  const [thisYear] = useState(() =>
    Number(new Date().toLocaleString('en', { year: 'numeric', timeZone: 'Asia/Shanghai' })),
  );
  return (
    <div style={{ flex: 1, minWidth: 0, overflow: 'auto', padding: '12px 16px' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('menu.calendar')}
      </Typography.Title>
      {status.error ? (
        <Alert type="warning" showIcon title={errorText(status.error)} style={{ marginTop: 8 }} />
      ) : null}
      <Tabs
        items={[
          {
            key: 'holidays',
            label: <span data-testid="calendar-tab-holidays">{t('admin.calendar.tabHolidays')}</span>,
            children: (
              <HolidayEditor
                status={status.data}
                initialYear={thisYear}
                onSaved={() => setReload((n) => n + 1)}
              />
            ),
          },
          {
            key: 'hours',
            label: <span data-testid="calendar-tab-hours">{t('admin.calendar.tabHours')}</span>,
            children: <WorkingHours />,
          },
        ]}
      />
    </div>
  );
}
