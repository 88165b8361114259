import { ReloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { label, WARNING_LABELS } from '../../cases/labels.ts';
import { chinaDay, chinaDayBound } from '../../cases/time.ts';
import { useI18n } from '../../i18n/useT.ts';
import type { CaseMapFilters, Warning } from './caseLocations.ts';

/** Period, category and warning filters of the case map; the category applies on Enter. */
export function CaseMapToolbar({
  filters,
  onChange,
  onRefresh,
  loading,
}: {
  filters: CaseMapFilters;
  onChange: (next: CaseMapFilters) => void;
  onRefresh: () => void;
  loading: boolean;
}) {
  const { t, locale } = useI18n();
  const [category, setCategory] = useState(filters.category ?? '');
  const fromDay = chinaDay(filters.from);
  const toDay = chinaDay(filters.to);
  const update = (patch: Partial<CaseMapFilters>) => onChange({ ...filters, ...patch });

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
      <DatePicker.RangePicker
        style={{ width: 250 }}
        allowEmpty={[true, true]}
        placeholder={[t('caseMap.filter.from'), t('caseMap.filter.to')]}
        value={[fromDay ? dayjs(fromDay) : null, toDay ? dayjs(toDay) : null]}
        onChange={(_dates, [from, to]) =>
          update({
            from: from ? chinaDayBound(from, 'start') : undefined,
            to: to ? chinaDayBound(to, 'end') : undefined,
          })
        }
      />
      <Input.Search
        aria-label={t('caseMap.filter.category')}
        style={{ width: 200 }}
        allowClear
        maxLength={20}
        placeholder={t('caseMap.filter.category')}
        value={category}
        onChange={(event) => setCategory(event.target.value)}
        onSearch={(value) => update({ category: value.trim() || undefined })}
      />
      <Select
        aria-label={t('caseMap.filter.warning')}
        style={{ width: 120 }}
        allowClear
        placeholder={t('caseMap.filter.warning')}
        value={filters.warning}
        onChange={(value: Warning | undefined) => update({ warning: value || undefined })}
        options={Object.keys(WARNING_LABELS).map((warning) => ({
          value: warning,
          label: label(WARNING_LABELS, warning, locale),
        }))}
      />
      <Button icon={<ReloadOutlined />} onClick={onRefresh} loading={loading}>
        {t('caseMap.refresh')}
      </Button>
    </div>
  );
}
