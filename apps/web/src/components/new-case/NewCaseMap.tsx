import type { TerritoryMap } from '@wangge/contracts';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { createMap } from '../../map/createMap.ts';
import { asGeoJson } from '../../map/geojson.ts';
import { addTerritoryLayers, SOURCES } from '../../map/layers.ts';
import { useMarker } from '../../map/useMarker.ts';

export interface NewCaseMapProps {
  /** The caller's territory; null while loading (or when it failed). */
  data: TerritoryMap | null;
  /** True once the territory request has settled, successfully or not. */
  dataSettled: boolean;
  point: { lng: number; lat: number } | null;
  onPick: (lng: number, lat: number) => void;
  height?: number;
}

const FIT_PADDING = 24;

/** A small MapLibre map of the caller's grids; a click picks the case location. */
export function NewCaseMap({ data, dataSettled, point, onPick, height = 300 }: NewCaseMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const onPickRef = useRef(onPick);
  const [loaded, setLoaded] = useState(false);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    onPickRef.current = onPick;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = createMap(container, { zoom: 11 });
    map.on('load', () => {
      addTerritoryLayers(map);
      map.getCanvas().style.cursor = 'crosshair';
      setLoaded(true);
    });
    map.on('click', (event) => onPickRef.current(event.lngLat.lng, event.lngLat.lat));
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
      setLoaded(false);
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    if (!data) {
      if (dataSettled) setDrawn(true);
      return;
    }
    let cancelled = false;
    const set = (id: string, collection: Parameters<typeof asGeoJson>[0]) =>
      map.getSource<GeoJSONSource>(id)?.setData(asGeoJson(collection)) ?? Promise.resolve();
    Promise.all([set(SOURCES.communities, data.communities), set(SOURCES.grids, data.grids)])
      .then(() => {
        if (cancelled) return;
        if (data.bbox) {
          const [minLng, minLat, maxLng, maxLat] = data.bbox;
          map.fitBounds(
            [
              [minLng, minLat],
              [maxLng, maxLat],
            ],
            { padding: FIT_PADDING, maxZoom: 16, duration: 0 },
          );
        }
        map.once('idle', () => {
          if (!cancelled) setDrawn(true);
        });
        map.triggerRepaint();
      })
      .catch(() => {
        // The map was removed while the worker was busy.
      });
    return () => {
      cancelled = true;
    };
  }, [data, dataSettled, loaded]);

  useMarker(mapRef, point);

  return (
    <div
      ref={containerRef}
      data-testid="new-case-map"
      data-map-ready={loaded && drawn ? 'true' : 'false'}
      style={{ position: 'relative', width: '100%', height, borderRadius: 8, overflow: 'hidden' }}
    />
  );
}
