import { dictCodes } from '@wangge/domain/registry';
import { Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/useT.ts';
import type { PeopleFilters } from './peopleFilters.ts';
import { residencyLabel } from './personLabels.ts';
import { TerritorySelect } from './TerritorySelect.tsx';
import type { CareTags } from './useCareTags.ts';

/** The filters of the people list; each change goes straight to `onChange` (the search box on Enter). */
export function PeopleFilterBar({
  filters,
  careTags,
  onChange,
}: {
  filters: PeopleFilters;
  careTags: CareTags;
  onChange: (next: PeopleFilters) => void;
}) {
  const { t, locale } = useI18n();
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  // Any change of a filter goes back to the first page.
  const update = (patch: Partial<PeopleFilters>) => onChange({ ...filters, ...patch, page: 1 });
  const place = filters.grid ?? filters.division;

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
      <Input.Search
        aria-label={t('people.filter.q')}
        style={{ width: 330 }}
        allowClear
        maxLength={50}
        placeholder={t('people.filter.q')}
        value={q}
        onChange={(event) => setQ(event.target.value)}
        onSearch={(value) => update({ q: value.trim() || undefined })}
        data-testid="people-search"
      />
      <TerritorySelect
        value={place}
        onChange={(code) =>
          update(
            code && code.length === 15
              ? { grid: code, division: undefined }
              : { grid: undefined, division: code },
          )
        }
      />
      <Select
        aria-label={t('people.filter.residencyType')}
        style={{ width: 140 }}
        allowClear
        placeholder={t('people.filter.residencyType')}
        value={filters.residencyType}
        onChange={(value: PeopleFilters['residencyType']) => update({ residencyType: value || undefined })}
        options={dictCodes('residencyType').map((code) => ({
          value: code,
          label: residencyLabel(code, locale),
        }))}
        data-testid="people-residency"
      />
      {careTags.items.length > 0 || filters.tag ? (
        <Select
          aria-label={t('people.filter.tag')}
          style={{ width: 160 }}
          allowClear
          placeholder={t('people.filter.tag')}
          value={filters.tag}
          onChange={(value: string | undefined) => update({ tag: value || undefined })}
          options={(careTags.items.length ? careTags.items.map((c) => c.code) : [filters.tag ?? '']).map(
            (code) => ({ value: code, label: careTags.nameOf(code) }),
          )}
          popupMatchSelectWidth={false}
          data-testid="people-tag"
        />
      ) : null}
      <Select
        aria-label={t('people.filter.party')}
        style={{ width: 130 }}
        allowClear
        placeholder={t('people.filter.party')}
        value={filters.partyMember === undefined ? undefined : String(filters.partyMember)}
        onChange={(value: string | undefined) =>
          update({ partyMember: value === undefined ? undefined : value === 'true' })
        }
        options={[
          { value: 'true', label: t('people.filter.partyYes') },
          { value: 'false', label: t('people.filter.partyNo') },
        ]}
        data-testid="people-party"
      />
    </div>
  );
}
