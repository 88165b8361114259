import type { TerritoryMap } from '@wangge/contracts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { createMap } from './createMap.ts';
import { setSourceData, whenDrawn } from './draw.ts';
import { asGeoJson, EMPTY_COLLECTION, type GeoJsonFeatureCollection } from './geojson.ts';
import { bindGridHover } from './gridHover.ts';
import { addTerritoryLayers, LAYERS, SOURCES, setBaseMap } from './layers.ts';
import { useMarker } from './useMarker.ts';

export interface TerritoryMapViewProps {
  data: TerritoryMap | null;
  problems: GeoJsonFeatureCollection | null;
  tileUrl: string | null;
  tileAttribution: string | null;
  locateMode: boolean;
  locatePoint: { lng: number; lat: number } | null;
  onGridClick: (code: string) => void;
  onLocate: (lng: number, lat: number) => void;
}

// Room for the floating toolbar (top left) and the zoom buttons (top right).
const FIT_PADDING = { top: 150, bottom: 40, left: 40, right: 60 };

const DATA_SOURCES = [SOURCES.communities, SOURCES.grids, SOURCES.microGrids, SOURCES.buildings];

/** The MapLibre map of one division. Marks its container `data-map-ready` once the grids are drawn. */
export function TerritoryMapView(props: TerritoryMapViewProps) {
  const { data, problems, tileUrl, tileAttribution, locateMode, locatePoint } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const propsRef = useRef(props);
  const [styleReady, setStyleReady] = useState(false);
  const [drawn, setDrawn] = useState<number | null>(null);

  useEffect(() => {
    propsRef.current = props;
  });

  // Create the map once.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = createMap(container, { full: true });
    map.on('load', () => {
      addTerritoryLayers(map);
      setStyleReady(true);
    });
    map.on('click', (event) => {
      const current = propsRef.current;
      if (current.locateMode) {
        current.onLocate(event.lngLat.lng, event.lngLat.lat);
        return;
      }
      const [feature] = map.queryRenderedFeatures(event.point, { layers: [LAYERS.gridFill] });
      const code = feature?.properties.code;
      if (typeof code === 'string') current.onGridClick(code);
    });
    bindGridHover(map, () => propsRef.current.locateMode);
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
      setStyleReady(false);
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (map && styleReady) setBaseMap(map, tileUrl, tileAttribution);
  }, [styleReady, tileUrl, tileAttribution]);

  // Draw a division: set every source, fit its bbox, and report readiness once it is on screen.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !data) return;
    let cancelled = false;
    setDrawn(null);
    Promise.all([
      setSourceData(map, SOURCES.communities, asGeoJson(data.communities)),
      setSourceData(map, SOURCES.grids, asGeoJson(data.grids)),
      setSourceData(map, SOURCES.microGrids, asGeoJson(data.microGrids)),
      setSourceData(map, SOURCES.buildings, asGeoJson(data.buildings)),
    ])
      .then(() => {
        if (cancelled) return;
        if (data.bbox) {
          const [minLng, minLat, maxLng, maxLat] = data.bbox;
          map.fitBounds(
            [
              [minLng, minLat],
              [maxLng, maxLat],
            ],
            { padding: FIT_PADDING, maxZoom: 17, duration: 400 },
          );
        }
        whenDrawn(map, DATA_SOURCES, () => {
          if (!cancelled) setDrawn(data.grids.features.length);
        });
        map.triggerRepaint();
      })
      .catch(() => {
        // The map was removed while the worker was busy.
      });
    return () => {
      cancelled = true;
    };
  }, [data, styleReady]);

  useEffect(() => {
    const map = mapRef.current;
    if (map && styleReady)
      void setSourceData(map, SOURCES.problems, problems ?? EMPTY_COLLECTION).catch(() => {});
  }, [problems, styleReady]);

  useEffect(() => {
    const map = mapRef.current;
    if (map) map.getCanvas().style.cursor = locateMode ? 'crosshair' : '';
  }, [locateMode]);

  useMarker(mapRef, locatePoint);

  return (
    <div
      ref={containerRef}
      data-testid="territory-map"
      data-map-ready={drawn === null ? 'false' : 'true'}
      data-grid-count={drawn ?? undefined}
      style={{ position: 'absolute', inset: 0 }}
    />
  );
}
