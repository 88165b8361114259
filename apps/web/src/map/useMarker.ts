import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { type RefObject, useEffect } from 'react';
import { maplibregl } from './maplibre.ts';
import { PALETTE } from './palette.ts';

/** A pin at `point` on the map while there is one (a located or picked point). */
export function useMarker(
  mapRef: RefObject<MapLibreMap | null>,
  point: { lng: number; lat: number } | null | undefined,
) {
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !point) return;
    const marker: Marker = new maplibregl.Marker({ color: PALETTE.problem })
      .setLngLat([point.lng, point.lat])
      .addTo(map);
    return () => {
      marker.remove();
    };
  }, [mapRef, point]);
}
