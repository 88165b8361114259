import { ReloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { label, WARNING_LABELS } from '../../cases/labels.ts';
import { chinaDay, chinaDayBound } from '../../cases/time.ts';
import { useI18n } from '../../i18n/useT.ts';
import { CategoryFilter } from './CategoryFilter.tsx';
import type { CaseMapFilters, CaseState, Warning } from './caseLocations.ts';

const STATES: CaseState[] = ['open', 'finished', 'all'];

/** Open/finished, period, category (searched) and warning filters of the case map. */
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
  const fromDay = chinaDay(filters.from);
  const toDay = chinaDay(filters.to);
  const update = (patch: Partial<CaseMapFilters>) => onChange({ ...filters, ...patch });

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
      <Select
        aria-label={t('caseMap.filter.state')}
        data-testid="case-map-state"
        style={{ width: 110 }}
        value={filters.state ?? 'open'}
        onChange={(value: CaseState) => update({ state: value === 'open' ? undefined : value })}
        options={STATES.map((state) => ({ value: state, label: t(`caseMap.state.${state}`) }))}
      />
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
      <CategoryFilter value={filters.category} onChange={(category) => update({ category })} />
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
