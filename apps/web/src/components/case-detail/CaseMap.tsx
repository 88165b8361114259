import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { fetchGrid } from '../../api/org.ts';
import { createMap } from '../../map/createMap.ts';
import { setSourceData } from '../../map/draw.ts';
import { asGeoJson, EMPTY_COLLECTION } from '../../map/geojson.ts';
import { PALETTE } from '../../map/palette.ts';

/** A small offline map with the case's location as a point inside its grid's outline. */
export function CaseMap({ lng, lat, gridCode }: { lng: number; lat: number; gridCode: string | null }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);

  // With no base map (the default, offline), the grid's outline is what says where the point is.
  useEffect(() => {
    if (!gridCode) return;
    const controller = new AbortController();
    fetchGrid(gridCode, controller.signal).then(
      (grid) => {
        const map = mapRef.current;
        if (!map) return;
        const outline = asGeoJson({
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: { name: grid.name }, geometry: grid.geometry }],
        });
        const draw = () => void setSourceData(map, 'case-grid', outline);
        if (map.loaded()) draw();
        else map.once('load', draw);
      },
      // The outline is a help, not the point: without it the map still shows the location.
      () => {},
    );
    return () => controller.abort();
  }, [gridCode]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = createMap(container, { center: [lng, lat], zoom: 15 });
    mapRef.current = map;
    map.on('load', () => {
      map.addSource('case-grid', { type: 'geojson', data: EMPTY_COLLECTION });
      map.addLayer({
        id: 'case-grid-fill',
        type: 'fill',
        source: 'case-grid',
        paint: { 'fill-color': PALETTE.basicFill, 'fill-opacity': 0.12 },
      });
      map.addLayer({
        id: 'case-grid-line',
        type: 'line',
        source: 'case-grid',
        paint: { 'line-color': PALETTE.basicLine, 'line-width': 2 },
      });
      map.addLayer({
        id: 'case-grid-label',
        type: 'symbol',
        source: 'case-grid',
        layout: { 'text-field': ['get', 'name'], 'text-size': 12, 'text-font': ['sans-serif'] },
        paint: { 'text-color': '#1f3a60', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
      });
      map.addSource('case-point', {
        type: 'geojson',
        data: { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lng, lat] } },
      });
      map.addLayer({
        id: 'case-point-halo',
        type: 'circle',
        source: 'case-point',
        paint: { 'circle-radius': 14, 'circle-color': PALETTE.problem, 'circle-opacity': 0.2 },
      });
      map.addLayer({
        id: 'case-point',
        type: 'circle',
        source: 'case-point',
        paint: {
          'circle-radius': 7,
          'circle-color': PALETTE.problem,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      });
    });
    return () => {
      mapRef.current = null;
      map.remove();
    };
  }, [lng, lat]);

  return (
    <div
      ref={containerRef}
      style={{ height: 220, width: '100%', borderRadius: 6, overflow: 'hidden' }}
      data-testid="case-map"
    />
  );
}
