import type { DivisionNode } from '@wangge/contracts';
import { ORG_KIND } from '@wangge/domain/registry';
import { Input, Select, TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/useT.ts';
import { divisionOptions } from './communities.ts';
import { dictOptions } from './labels.ts';

export interface OrgFilters {
  q?: string;
  kind?: string;
  hasPartyOrg?: boolean;
  division?: string;
  page: number;
}

const PARTY_VALUES = { yes: true, no: false } as const;

/** Search and filters of the organisations list; a change goes back to the first page. */
export function OrgFilterBar({
  filters,
  roots,
  onChange,
}: {
  filters: OrgFilters;
  roots: DivisionNode[];
  onChange: (next: OrgFilters) => void;
}) {
  const { t, locale } = useI18n();
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  const update = (patch: Partial<OrgFilters>) => onChange({ ...filters, ...patch, page: 1 });

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      <Input.Search
        aria-label={t('places.orgs.search')}
        style={{ width: 260 }}
        allowClear
        maxLength={100}
        placeholder={t('places.orgs.search')}
        value={q}
        onChange={(event) => setQ(event.target.value)}
        onSearch={(value) => update({ q: value.trim() || undefined })}
        data-testid="orgs-search"
      />
      <Select
        aria-label={t('places.orgs.kind')}
        style={{ width: 160 }}
        allowClear
        placeholder={t('places.orgs.allKinds')}
        value={filters.kind}
        onChange={(kind: string | undefined) => update({ kind: kind || undefined })}
        options={dictOptions(ORG_KIND, locale)}
        data-testid="orgs-kind"
      />
      <Select
        aria-label={t('places.orgs.partyOrg')}
        style={{ width: 150 }}
        allowClear
        placeholder={t('places.orgs.partyOrgAny')}
        value={filters.hasPartyOrg === undefined ? undefined : filters.hasPartyOrg ? 'yes' : 'no'}
        onChange={(value: 'yes' | 'no' | undefined) =>
          update({ hasPartyOrg: value ? PARTY_VALUES[value] : undefined })
        }
        options={[
          { value: 'yes', label: t('places.orgs.partyOrgYes') },
          { value: 'no', label: t('places.orgs.partyOrgNo') },
        ]}
      />
      <TreeSelect
        aria-label={t('places.territory')}
        style={{ width: 240 }}
        allowClear
        placeholder={t('places.allTerritory')}
        value={filters.division}
        treeData={divisionOptions(roots)}
        treeDefaultExpandAll
        showSearch={{ treeNodeFilterProp: 'title' }}
        onChange={(division: string | undefined) => update({ division: division || undefined })}
      />
    </div>
  );
}
