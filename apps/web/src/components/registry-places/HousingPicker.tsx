import type { DivisionNode } from '@wangge/contracts';
import { Select } from 'antd';
import type { GridSummary } from '../../api/registryLookup.ts';
import { useT } from '../../i18n/useT.ts';

/** 社区 → 网格: the two choices that lead to a grid's buildings. */
export function HousingPicker({
  communities,
  community,
  grids,
  grid,
  gridsLoading,
  onCommunity,
  onGrid,
}: {
  communities: DivisionNode[];
  community: string | null;
  grids: GridSummary[];
  grid: string | null;
  gridsLoading: boolean;
  onCommunity: (code: string | null) => void;
  onGrid: (code: string | null) => void;
}) {
  const t = useT();
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      <Select
        aria-label={t('places.community')}
        style={{ width: 260 }}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('places.housing.pickCommunity')}
        value={community}
        onChange={(code: string | null) => onCommunity(code ?? null)}
        options={communities.map((c) => ({ value: c.code, label: c.name }))}
        data-testid="housing-community"
      />
      <Select
        aria-label={t('places.grid')}
        style={{ width: 260 }}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('places.housing.pickGrid')}
        disabled={!community}
        loading={gridsLoading}
        value={grid}
        onChange={(code: string | null) => onGrid(code ?? null)}
        options={grids.map((g) => ({ value: g.code, label: g.name }))}
        data-testid="housing-grid"
      />
    </div>
  );
}
