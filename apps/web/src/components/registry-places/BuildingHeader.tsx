import { Descriptions } from 'antd';
import type { BuildingRegistry } from '../../api/registryHousing.ts';
import { formatNumber } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useT.ts';

/** Where the building is and what the registry holds of it. */
export function BuildingHeader({ data }: { data: BuildingRegistry }) {
  const { t, locale } = useI18n();
  const { building, totals, units } = data;
  const planned = units.reduce((sum, u) => sum + u.households, 0);
  const n = (value: number) => formatNumber(locale, value);
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2, xl: 4 }}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      data-testid="building-header"
      items={[
        { key: 'code', label: t('places.building.code'), children: building.code },
        { key: 'grid', label: t('places.grid'), children: building.grid.name },
        { key: 'community', label: t('places.community'), children: building.community.name },
        {
          key: 'floors',
          label: t('places.building.floorsUnits'),
          children: t('places.building.floorsUnitsValue', { floors: building.floors, units: units.length }),
        },
        { key: 'rooms', label: t('places.building.rooms'), children: n(totals.rooms) },
        {
          key: 'households',
          label: t('places.building.households'),
          children: t('places.building.householdsValue', {
            households: n(totals.households),
            planned: n(planned),
          }),
        },
        { key: 'people', label: t('places.building.people'), children: n(totals.people) },
        { key: 'rented', label: t('places.building.rented'), children: n(totals.rented) },
      ]}
    />
  );
}
