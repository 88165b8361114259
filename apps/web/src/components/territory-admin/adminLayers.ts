import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { EMPTY_COLLECTION } from '../../map/geojson.ts';
import { SOURCES, TERRITORY_LAYER_GROUPS, type TerritoryLayerGroup } from '../../map/layers.ts';

/** Colours of what only the grid-management map draws. */
export const ADMIN_COLORS = {
  selected: '#06b6d4',
  overlap: '#e11d48',
  gap: '#f97316',
  outside: '#a21caf',
  previewOk: '#059669',
  previewFailed: '#dc2626',
} as const;

export const ADMIN_SOURCES = { coverage: 'coverage', preview: 'import-preview' } as const;
const SELECTED_LAYER = 'admin-grid-selected';

/**
 * On top of the territory layers: the selected grid's outline, the coverage findings (overlaps red,
 * gaps orange, both labelled with their area; strays outlined) and an import's preview (features with
 * problems in red). Features carry `id` (feature-state `active` marks the one the user picked).
 */
export function addAdminLayers(map: MapLibreMap): void {
  map.addSource(ADMIN_SOURCES.coverage, { type: 'geojson', data: EMPTY_COLLECTION, promoteId: 'id' });
  map.addSource(ADMIN_SOURCES.preview, { type: 'geojson', data: EMPTY_COLLECTION, promoteId: 'id' });
  const active = (on: number, off: number): ExpressionSpecification => [
    'case',
    ['boolean', ['feature-state', 'active'], false],
    on,
    off,
  ];
  const failed: ExpressionSpecification = ['==', ['get', 'failed'], true];

  map.addLayer({
    id: SELECTED_LAYER,
    type: 'line',
    source: SOURCES.grids,
    filter: ['==', ['get', 'code'], ''],
    paint: { 'line-color': ADMIN_COLORS.selected, 'line-width': 4 },
  });
  map.addLayer({
    id: 'coverage-fill',
    type: 'fill',
    source: ADMIN_SOURCES.coverage,
    filter: ['in', ['get', 'kind'], ['literal', ['overlap', 'gap']]],
    paint: {
      'fill-color': ['match', ['get', 'kind'], 'overlap', ADMIN_COLORS.overlap, ADMIN_COLORS.gap],
      'fill-opacity': active(0.85, 0.6),
    },
  });
  map.addLayer({
    id: 'coverage-line',
    type: 'line',
    source: ADMIN_SOURCES.coverage,
    paint: {
      'line-color': [
        'match',
        ['get', 'kind'],
        'overlap',
        ADMIN_COLORS.overlap,
        'gap',
        ADMIN_COLORS.gap,
        ADMIN_COLORS.outside,
      ],
      'line-width': active(4, 2.5),
      'line-dasharray': [2, 1],
    },
  });
  map.addLayer({
    id: 'preview-fill',
    type: 'fill',
    source: ADMIN_SOURCES.preview,
    paint: {
      'fill-color': ['case', failed, ADMIN_COLORS.previewFailed, ADMIN_COLORS.previewOk],
      'fill-opacity': active(0.7, 0.4),
    },
  });
  map.addLayer({
    id: 'preview-line',
    type: 'line',
    source: ADMIN_SOURCES.preview,
    paint: {
      'line-color': ['case', failed, ADMIN_COLORS.previewFailed, ADMIN_COLORS.previewOk],
      'line-width': active(4, 2),
    },
  });
  for (const source of [ADMIN_SOURCES.coverage, ADMIN_SOURCES.preview]) {
    map.addLayer({
      id: `${source}-label`,
      type: 'symbol',
      source,
      layout: {
        'text-field': ['get', 'label'],
        'text-size': 12,
        'text-font': ['sans-serif'],
        'text-allow-overlap': false,
      },
      paint: { 'text-color': '#111827', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    });
  }
}

export function setSelectedGrid(map: MapLibreMap, code: string | null): void {
  map.setFilter(SELECTED_LAYER, ['==', ['get', 'code'], code ?? '']);
}

export type LayerVisibility = Record<TerritoryLayerGroup, boolean>;

export function setLayerVisibility(map: MapLibreMap, visibility: LayerVisibility): void {
  for (const [group, ids] of Object.entries(TERRITORY_LAYER_GROUPS)) {
    const value = visibility[group as TerritoryLayerGroup] ? 'visible' : 'none';
    for (const id of ids) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', value);
  }
  if (map.getLayer(SELECTED_LAYER))
    map.setLayoutProperty(SELECTED_LAYER, 'visibility', visibility.grids ? 'visible' : 'none');
}

/** Marks one feature of an admin source as the one picked in a list (or none). */
export function setActiveFeature(
  map: MapLibreMap,
  source: string,
  previous: string | number | null,
  next: string | number | null,
): void {
  if (!map.getSource(source)) return;
  if (previous !== null) map.setFeatureState({ source, id: previous }, { active: false });
  if (next !== null) map.setFeatureState({ source, id: next }, { active: true });
}
