import { DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { CASE_TASKS } from '../../api/cases.ts';
import { label, STATUS_LABELS, WARNING_LABELS } from '../../cases/labels.ts';
import { chinaDay, chinaDayBound } from '../../cases/time.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useT.ts';
import { type CaseFilters, DIVISION_CODE } from './filters.ts';

const ALL = '';

/** The filters of the case list; every change goes straight to `onChange` (text fields on Enter). */
export function CaseFilterBar({
  filters,
  onChange,
}: {
  filters: CaseFilters;
  onChange: (next: CaseFilters) => void;
}) {
  const { t, locale } = useI18n();
  const [q, setQ] = useState(filters.q ?? '');
  const [division, setDivision] = useState(filters.division ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  useEffect(() => setDivision(filters.division ?? ''), [filters.division]);

  // Any change of a filter goes back to the first page.
  const update = (patch: Partial<CaseFilters>) => onChange({ ...filters, ...patch, offset: 0 });
  const divisionInvalid = division.trim() !== '' && !DIVISION_CODE.test(division.trim());
  const fromDay = chinaDay(filters.from);
  const toDay = chinaDay(filters.to);

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
      <Select
        aria-label={t('caseList.filter.task')}
        style={{ width: 140 }}
        value={filters.task ?? ALL}
        onChange={(value: string) => update({ task: value ? (value as CaseFilters['task']) : undefined })}
        options={[
          { value: ALL, label: t('caseList.filter.allTasks') },
          ...CASE_TASKS.map((task) => ({ value: task, label: t(`workbench.task.${task}` as MessageKey) })),
        ]}
      />
      <Input.Search
        aria-label={t('caseList.filter.q')}
        style={{ width: 220 }}
        allowClear
        maxLength={100}
        placeholder={t('caseList.filter.q')}
        value={q}
        onChange={(event) => setQ(event.target.value)}
        onSearch={(value) => update({ q: value.trim() || undefined })}
      />
      <Select
        aria-label={t('caseList.filter.status')}
        style={{ width: 130 }}
        allowClear
        placeholder={t('caseList.filter.status')}
        value={filters.status}
        onChange={(value: string | undefined) => update({ status: value || undefined })}
        options={Object.keys(STATUS_LABELS).map((status) => ({
          value: status,
          label: label(STATUS_LABELS, status, locale),
        }))}
      />
      <Select
        aria-label={t('caseList.filter.warning')}
        style={{ width: 110 }}
        allowClear
        placeholder={t('caseList.filter.warning')}
        value={filters.warning}
        onChange={(value: CaseFilters['warning']) => update({ warning: value || undefined })}
        options={Object.keys(WARNING_LABELS).map((warning) => ({
          value: warning,
          label: label(WARNING_LABELS, warning, locale),
        }))}
      />
      <DatePicker.RangePicker
        style={{ width: 250 }}
        allowEmpty={[true, true]}
        placeholder={[t('caseList.filter.from'), t('caseList.filter.to')]}
        value={[fromDay ? dayjs(fromDay) : null, toDay ? dayjs(toDay) : null]}
        onChange={(_dates, [from, to]) =>
          update({
            from: from ? chinaDayBound(from, 'start') : undefined,
            to: to ? chinaDayBound(to, 'end') : undefined,
          })
        }
      />
      <Input.Search
        aria-label={t('caseList.filter.division')}
        style={{ width: 210 }}
        allowClear
        maxLength={15}
        status={divisionInvalid ? 'error' : undefined}
        title={divisionInvalid ? t('caseList.filter.divisionInvalid') : undefined}
        placeholder={t('caseList.filter.division')}
        value={division}
        onChange={(event) => setDivision(event.target.value.replace(/\D/g, ''))}
        onSearch={(value) => {
          const code = value.trim();
          if (code && !DIVISION_CODE.test(code)) return;
          update({ division: code || undefined });
        }}
      />
    </div>
  );
}
