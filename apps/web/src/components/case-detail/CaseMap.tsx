import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { createMap } from '../../map/createMap.ts';
import { PALETTE } from '../../map/palette.ts';

/** A small offline map with the case's location as a point. */
export function CaseMap({ lng, lat }: { lng: number; lat: number }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = createMap(container, { center: [lng, lat], zoom: 15 });
    mapRef.current = map;
    map.on('load', () => {
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
