import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { EMPTY_COLLECTION } from './geojson.ts';
import { PALETTE } from './palette.ts';

export const SOURCES = {
  communities: 'communities',
  grids: 'grids',
  microGrids: 'micro-grids',
  buildings: 'buildings',
  problems: 'problems',
} as const;

export const LAYERS = {
  gridFill: 'grid-fill',
  gridLine: 'grid-line',
  gridLabel: 'grid-label',
  firstOverlay: 'grid-fill',
} as const;

/** The layers that draw each kind of territory feature, for pages that switch them on and off. */
export const TERRITORY_LAYER_GROUPS = {
  communities: ['community-line'],
  grids: [LAYERS.gridFill, LAYERS.gridLine, LAYERS.gridLabel],
  microGrids: ['micro-grid-line'],
  buildings: ['building-circle'],
} as const;
export type TerritoryLayerGroup = keyof typeof TERRITORY_LAYER_GROUPS;

export const BASEMAP_SOURCE = 'basemap';
const BASEMAP_LAYER = 'basemap';

const byGridType = (basic: string, exclusive: string): ExpressionSpecification => [
  'match',
  ['get', 'type'],
  'exclusive',
  exclusive,
  basic,
];

/** Adds empty GeoJSON sources and every territory layer, bottom to top. */
export function addTerritoryLayers(map: MapLibreMap): void {
  for (const id of Object.values(SOURCES)) {
    map.addSource(id, {
      type: 'geojson',
      data: EMPTY_COLLECTION,
      ...(id === SOURCES.grids ? { promoteId: 'code' } : {}),
    });
  }
  map.addLayer({
    id: LAYERS.gridFill,
    type: 'fill',
    source: SOURCES.grids,
    paint: {
      'fill-color': byGridType(PALETTE.basicFill, PALETTE.exclusiveFill),
      'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.55, 0.3],
    },
  });
  map.addLayer({
    id: LAYERS.gridLine,
    type: 'line',
    source: SOURCES.grids,
    paint: { 'line-color': byGridType(PALETTE.basicLine, PALETTE.exclusiveLine), 'line-width': 1.2 },
  });
  map.addLayer({
    id: 'micro-grid-line',
    type: 'line',
    source: SOURCES.microGrids,
    paint: {
      'line-color': PALETTE.microGrid,
      'line-width': 0.8,
      'line-dasharray': [3, 2],
      'line-opacity': 0.8,
    },
  });
  map.addLayer({
    id: 'community-line',
    type: 'line',
    source: SOURCES.communities,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': PALETTE.community, 'line-width': 3 },
  });
  map.addLayer({
    id: 'problem-fill',
    type: 'fill',
    source: SOURCES.problems,
    paint: { 'fill-color': PALETTE.problem, 'fill-opacity': 0.5 },
  });
  map.addLayer({
    id: 'problem-line',
    type: 'line',
    source: SOURCES.problems,
    paint: { 'line-color': PALETTE.problem, 'line-width': 2.5 },
  });
  map.addLayer({
    id: 'building-circle',
    type: 'circle',
    source: SOURCES.buildings,
    paint: {
      'circle-color': PALETTE.building,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 13, 1.5, 16, 4, 18, 7],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 13, 0, 16, 1],
    },
  });
  map.addLayer({
    id: LAYERS.gridLabel,
    type: 'symbol',
    source: SOURCES.grids,
    minzoom: 15,
    layout: { 'text-field': ['get', 'name'], 'text-size': 12, 'text-font': ['sans-serif'] },
    paint: { 'text-color': '#0f172a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
  });
}

/** Shows raster base-map tiles under our layers, or removes them when `tileUrl` is null. */
export function setBaseMap(map: MapLibreMap, tileUrl: string | null, attribution: string | null): void {
  if (map.getLayer(BASEMAP_LAYER)) map.removeLayer(BASEMAP_LAYER);
  if (map.getSource(BASEMAP_SOURCE)) map.removeSource(BASEMAP_SOURCE);
  if (!tileUrl) return;
  map.addSource(BASEMAP_SOURCE, {
    type: 'raster',
    tiles: [tileUrl],
    tileSize: 256,
    maxzoom: 19,
    ...(attribution ? { attribution } : {}),
  });
  map.addLayer({ id: BASEMAP_LAYER, type: 'raster', source: BASEMAP_SOURCE }, LAYERS.firstOverlay);
}
