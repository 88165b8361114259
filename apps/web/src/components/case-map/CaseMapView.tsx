import type { TerritoryMap } from '@wangge/contracts';
import type { MapLayerMouseEvent, Map as MapLibreMap, Popup } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { label, STATUS_LABELS, WARNING_LABELS } from '../../cases/labels.ts';
import type { Locale, MessageKey, Translate } from '../../i18n/messages.ts';
import { createMap } from '../../map/createMap.ts';
import { setSourceData, whenDrawn } from '../../map/draw.ts';
import { asGeoJson } from '../../map/geojson.ts';
import { bindGridHover } from '../../map/gridHover.ts';
import { addTerritoryLayers, SOURCES, setBaseMap } from '../../map/layers.ts';
import { maplibregl } from '../../map/maplibre.ts';
import { navigate } from '../../router/router.ts';
import { type CasePoint, casePointsGeoJson } from './caseLocations.ts';

export interface CaseMapViewProps {
  territory: TerritoryMap | null;
  /** null while the cases are loading. */
  cases: CasePoint[] | null;
  tileUrl: string | null;
  tileAttribution: string | null;
  t: Translate;
  locale: Locale;
}

const CASE_SOURCE = 'cases';
const CASE_LAYER = 'case-circle';
const FIT_PADDING = { top: 60, bottom: 60, left: 60, right: 60 };

function popupContent(properties: Record<string, unknown>, t: Translate, locale: Locale): HTMLElement {
  const root = document.createElement('div');
  root.style.fontSize = '12px';
  root.style.lineHeight = '1.6';
  const title = document.createElement('div');
  title.style.fontWeight = '600';
  title.textContent = `${String(properties.number ?? '')} ${String(properties.title ?? '')}`;
  root.append(title);
  const line = (name: MessageKey, value: string) => {
    const row = document.createElement('div');
    row.textContent = `${t(name)}：${value}`;
    root.append(row);
  };
  if (properties.categoryName) line('caseMap.popup.category', String(properties.categoryName));
  line('caseMap.popup.status', label(STATUS_LABELS, String(properties.status ?? ''), locale));
  line('caseMap.popup.warning', label(WARNING_LABELS, String(properties.warning ?? ''), locale));
  const hint = document.createElement('div');
  hint.style.color = '#64748b';
  hint.textContent = t('caseMap.popup.hint');
  root.append(hint);
  return root;
}

function fitTo(map: MapLibreMap, territory: TerritoryMap | null, cases: CasePoint[] | null): void {
  let bounds: [number, number, number, number] | null = territory?.bbox
    ? [territory.bbox[0], territory.bbox[1], territory.bbox[2], territory.bbox[3]]
    : null;
  if (!bounds && cases && cases.length > 0) {
    bounds = [Infinity, Infinity, -Infinity, -Infinity];
    for (const point of cases) {
      bounds = [
        Math.min(bounds[0], point.lng),
        Math.min(bounds[1], point.lat),
        Math.max(bounds[2], point.lng),
        Math.max(bounds[3], point.lat),
      ];
    }
  }
  if (!bounds) return;
  map.fitBounds(
    [
      [bounds[0], bounds[1]],
      [bounds[2], bounds[3]],
    ],
    { padding: FIT_PADDING, maxZoom: 17, duration: 400 },
  );
}

/** The territory with the cases as circles; marks its container ready once the cases are drawn. */
export function CaseMapView(props: CaseMapViewProps) {
  const { territory, cases, tileUrl, tileAttribution } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const propsRef = useRef(props);
  const fittedRef = useRef(false);
  const [styleReady, setStyleReady] = useState(false);
  const [drawn, setDrawn] = useState<number | null>(null);

  useEffect(() => {
    propsRef.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = createMap(container, { full: true });
    const popup: Popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 10 });
    map.on('load', () => {
      addTerritoryLayers(map);
      map.addSource(CASE_SOURCE, { type: 'geojson', data: casePointsGeoJson([]) });
      map.addLayer({
        id: CASE_LAYER,
        type: 'circle',
        source: CASE_SOURCE,
        // Red on top of yellow on top of the rest where circles overlap.
        layout: { 'circle-sort-key': ['match', ['get', 'warning'], 'red', 2, 'yellow', 1, 0] },
        paint: {
          // Fill: the warning (grey once finished); ring: where the case stands in the loop.
          'circle-color': ['get', 'fill'],
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 15, 7, 18, 10],
          'circle-stroke-color': ['get', 'ring'],
          'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 10, 1.5, 15, 2.5],
        },
      });
      setStyleReady(true);
    });
    bindGridHover(map, () => false);
    const showPopup = (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      if (feature?.geometry.type !== 'Point') return;
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const { t, locale } = propsRef.current;
      popup
        .setLngLat([lng, lat])
        .setDOMContent(popupContent(feature.properties, t, locale))
        .addTo(map);
    };
    map.on('mousemove', CASE_LAYER, (event) => {
      map.getCanvas().style.cursor = 'pointer';
      showPopup(event);
    });
    map.on('mouseleave', CASE_LAYER, () => {
      map.getCanvas().style.cursor = '';
      popup.remove();
    });
    map.on('click', CASE_LAYER, (event) => {
      const id = event.features?.[0]?.properties.id;
      if (typeof id === 'string') navigate(`/cases/${encodeURIComponent(id)}`);
    });
    mapRef.current = map;
    return () => {
      popup.remove();
      map.remove();
      mapRef.current = null;
      fittedRef.current = false;
      setStyleReady(false);
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (map && styleReady) setBaseMap(map, tileUrl, tileAttribution);
  }, [styleReady, tileUrl, tileAttribution]);

  // The territory: grids and micro-grids as on the territory page (no community or building overlay).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !territory) return;
    Promise.all([
      setSourceData(map, SOURCES.grids, asGeoJson(territory.grids)),
      setSourceData(map, SOURCES.microGrids, asGeoJson(territory.microGrids)),
    ])
      .then(() => {
        fitTo(map, territory, null);
        fittedRef.current = true;
      })
      .catch(() => {
        // The map was removed while the worker was busy.
      });
  }, [territory, styleReady]);

  // The cases: set the source, then report how many were drawn once they are on screen.
  useEffect(() => {
    const map = mapRef.current;
    setDrawn(null);
    if (!map || !styleReady || !cases) return;
    let cancelled = false;
    let stop: (() => void) | null = null;
    setSourceData(map, CASE_SOURCE, casePointsGeoJson(cases))
      .then(() => {
        if (cancelled) return;
        if (!fittedRef.current && !propsRef.current.territory) fitTo(map, null, cases);
        stop = whenDrawn(map, [CASE_SOURCE], () => {
          if (!cancelled) setDrawn(cases.length);
        });
        map.triggerRepaint();
      })
      .catch(() => {
        // The map was removed while the worker was busy.
      });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [cases, styleReady]);

  return (
    <div
      ref={containerRef}
      data-testid="case-map"
      data-map-ready={drawn === null ? 'false' : 'true'}
      data-case-count={drawn ?? undefined}
      style={{ position: 'absolute', inset: 0 }}
    />
  );
}
