import type { TerritoryMap } from '@wangge/contracts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { Bounds } from '../../map/bounds.ts';
import { createMap } from '../../map/createMap.ts';
import { setSourceData, whenDrawn } from '../../map/draw.ts';
import { asGeoJson, EMPTY_COLLECTION, type GeoJsonFeatureCollection } from '../../map/geojson.ts';
import { bindGridHover } from '../../map/gridHover.ts';
import { addTerritoryLayers, LAYERS, SOURCES, setBaseMap } from '../../map/layers.ts';
import {
  ADMIN_SOURCES,
  addAdminLayers,
  type LayerVisibility,
  setActiveFeature,
  setLayerVisibility,
  setSelectedGrid,
} from './adminLayers.ts';

/** Move the camera to `bounds`; a new object each time, so the same place can be asked for twice. */
export interface FocusRequest {
  bounds: Bounds;
}

export interface AdminMapProps {
  data: TerritoryMap | null;
  layers: LayerVisibility;
  selectedGrid: string | null;
  /** Coverage findings: properties id, kind (overlap | gap | outside), label. */
  coverage: GeoJsonFeatureCollection | null;
  activeCoverage: number | null;
  /** An import's features in WGS-84: properties id (the index in the file), failed, label. */
  preview: GeoJsonFeatureCollection | null;
  activePreview: number | null;
  focus: FocusRequest | null;
  tileUrl: string | null;
  tileAttribution: string | null;
  onGridClick: (code: string) => void;
  onCoverageClick: (id: number) => void;
  onPreviewClick: (index: number) => void;
}

// Room for the layer panel (top left) and the zoom buttons (top right).
const FIT_PADDING = { top: 60, bottom: 30, left: 230, right: 60 };
const DATA_SOURCES = [SOURCES.communities, SOURCES.grids, SOURCES.microGrids, SOURCES.buildings];

function fit(map: MapLibreMap, [west, south, east, north]: Bounds, duration = 400) {
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    { padding: FIT_PADDING, maxZoom: 17, duration },
  );
}

/** Which admin feature (or grid) lies under a click, topmost first. */
function pick(map: MapLibreMap, point: { x: number; y: number }) {
  const layers = ['preview-fill', 'coverage-fill', 'coverage-line', LAYERS.gridFill].filter(
    (id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none',
  );
  const [feature] = map.queryRenderedFeatures([point.x, point.y], { layers });
  return feature ? { layer: feature.layer.id, properties: feature.properties } : null;
}

/**
 * The grid-management map: the territory layers (switchable), the selected grid, coverage findings
 * and an import preview. Marks its container `data-map-ready` once the division is drawn.
 */
export function AdminMap(props: AdminMapProps) {
  const { data, layers, selectedGrid, coverage, activeCoverage, preview, activePreview, focus } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const propsRef = useRef(props);
  const [styleReady, setStyleReady] = useState(false);
  const [drawn, setDrawn] = useState<number | null>(null);
  const activeRef = useRef<{ coverage: number | null; preview: number | null }>({
    coverage: null,
    preview: null,
  });

  useEffect(() => {
    propsRef.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = createMap(container, { full: true });
    map.on('load', () => {
      addTerritoryLayers(map);
      addAdminLayers(map);
      setStyleReady(true);
    });
    map.on('click', (event) => {
      const hit = pick(map, event.point);
      if (!hit) return;
      const current = propsRef.current;
      const { id, code } = hit.properties;
      if (hit.layer === 'preview-fill' && typeof id === 'number') current.onPreviewClick(id);
      else if (hit.layer.startsWith('coverage') && typeof id === 'number') current.onCoverageClick(id);
      else if (hit.layer === LAYERS.gridFill && typeof code === 'string') current.onGridClick(code);
    });
    bindGridHover(map, () => false);
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
      setStyleReady(false);
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (map && styleReady) setBaseMap(map, props.tileUrl, props.tileAttribution);
  }, [styleReady, props.tileUrl, props.tileAttribution]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !data) return;
    let cancelled = false;
    let stop = () => {};
    setDrawn(null);
    Promise.all([
      setSourceData(map, SOURCES.communities, asGeoJson(data.communities)),
      setSourceData(map, SOURCES.grids, asGeoJson(data.grids)),
      setSourceData(map, SOURCES.microGrids, asGeoJson(data.microGrids)),
      setSourceData(map, SOURCES.buildings, asGeoJson(data.buildings)),
    ])
      .then(() => {
        if (cancelled) return;
        if (data.bbox) fit(map, data.bbox);
        stop = whenDrawn(map, DATA_SOURCES, () => {
          if (!cancelled) setDrawn(data.grids.features.length);
        });
        map.triggerRepaint();
      })
      .catch(() => {
        // The map was removed while the worker was busy.
      });
    return () => {
      cancelled = true;
      stop();
    };
  }, [data, styleReady]);

  useEffect(() => {
    const map = mapRef.current;
    if (map && styleReady) setLayerVisibility(map, layers);
  }, [layers, styleReady]);

  useEffect(() => {
    const map = mapRef.current;
    if (map && styleReady) setSelectedGrid(map, selectedGrid);
  }, [selectedGrid, styleReady]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    map.removeFeatureState({ source: ADMIN_SOURCES.coverage });
    activeRef.current.coverage = null;
    void setSourceData(map, ADMIN_SOURCES.coverage, coverage ?? EMPTY_COLLECTION).catch(() => {});
  }, [coverage, styleReady]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    map.removeFeatureState({ source: ADMIN_SOURCES.preview });
    activeRef.current.preview = null;
    void setSourceData(map, ADMIN_SOURCES.preview, preview ?? EMPTY_COLLECTION).catch(() => {});
  }, [preview, styleReady]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    setActiveFeature(map, ADMIN_SOURCES.coverage, activeRef.current.coverage, activeCoverage);
    activeRef.current.coverage = activeCoverage;
  }, [activeCoverage, coverage, styleReady]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    setActiveFeature(map, ADMIN_SOURCES.preview, activeRef.current.preview, activePreview);
    activeRef.current.preview = activePreview;
  }, [activePreview, preview, styleReady]);

  useEffect(() => {
    const map = mapRef.current;
    if (map && styleReady && focus) fit(map, focus.bounds, 600);
  }, [focus, styleReady]);

  return (
    <div
      ref={containerRef}
      data-testid="territory-admin-map"
      data-map-ready={drawn === null ? 'false' : 'true'}
      data-grid-count={drawn ?? undefined}
      style={{ position: 'absolute', inset: 0 }}
    />
  );
}
