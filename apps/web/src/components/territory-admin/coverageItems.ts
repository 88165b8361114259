import type { CoverageReport, TerritoryMap } from '@wangge/contracts';
import { formatNumber, type Locale, type Translate } from '../../i18n/messages.ts';
import { asGeoJson, type GeoJsonFeatureCollection } from '../../map/geojson.ts';

export type CoverageKind = 'overlap' | 'gap' | 'outside';

export interface CoverageItem {
  id: number;
  kind: CoverageKind;
  where: string;
  areaM2: number;
  geometry: CoverageReport['gaps'][number]['geometry'];
}

/** Grid and community names of the division, falling back to the code. */
function namer(data: TerritoryMap | null) {
  const names = new Map<string, string>();
  for (const f of data?.communities.features ?? []) names.set(f.properties.code, f.properties.name);
  for (const f of data?.grids.features ?? []) {
    names.set(f.properties.code, f.properties.name);
    names.set(f.properties.communityCode, f.properties.communityName);
  }
  return (code: string) => names.get(code) ?? code;
}

/** Every finding of a report as one list (overlaps, then gaps, then strays), numbered for the map. */
export function coverageItems(
  report: CoverageReport,
  data: TerritoryMap | null,
  t: Translate,
): CoverageItem[] {
  const name = namer(data);
  return [
    ...report.overlaps.map((o) => ({
      kind: 'overlap' as const,
      where: `${name(o.gridA)} × ${name(o.gridB)}`,
      areaM2: o.areaM2,
      geometry: o.geometry,
    })),
    ...report.gaps.map((g) => ({
      kind: 'gap' as const,
      where: t('territoryAdmin.coverage.where.gap', { community: name(g.communityCode) }),
      areaM2: g.areaM2,
      geometry: g.geometry,
    })),
    ...report.outside.map((o) => ({
      kind: 'outside' as const,
      where: t('territoryAdmin.coverage.where.outside', {
        grid: name(o.grid),
        community: name(o.communityCode),
      }),
      areaM2: o.areaM2,
      geometry: o.geometry,
    })),
  ].map((item, id) => ({ ...item, id }));
}

/** The findings as map features: `kind` picks the colour, `label` shows the kind and the area. */
export function coverageFeatures(
  items: CoverageItem[],
  t: Translate,
  locale: Locale,
): GeoJsonFeatureCollection {
  return asGeoJson({
    type: 'FeatureCollection',
    features: items.map((item) => ({
      type: 'Feature',
      geometry: item.geometry,
      properties: {
        id: item.id,
        kind: item.kind,
        label: t('territoryAdmin.coverage.label', {
          kind: t(`territoryAdmin.coverage.kind.${item.kind}`),
          area: formatNumber(locale, item.areaM2, 1),
        }),
      },
    })),
  });
}
