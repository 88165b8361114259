import { Button } from 'antd-mobile';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { createMap, INITIAL_CENTER } from '../../map/createMap.ts';
import { addTerritoryLayers, setBaseMap } from '../../map/layers.ts';
import { useMarker } from '../../map/useMarker.ts';
import { fetchMapConfig } from '../api/config.ts';
import { useT } from '../i18n/context.ts';
import { formatCoord } from './location.ts';
import { Notice } from './Notice.tsx';
import { useGridName } from './useGridName.ts';

interface Props {
  initial: { lng: number; lat: number } | null;
  onConfirm: (point: { lng: number; lat: number }) => void;
}

/**
 * Tap the map to put the pin where the problem is (WGS-84, like the console's maps). The base map is
 * the deployment's tiles when it has them; without them, the grid the pin falls in is named below.
 */
export default function PickMap({ initial, onConfirm }: Props) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [point, setPoint] = useState<{ lng: number; lat: number } | null>(initial);
  const [hasBaseMap, setHasBaseMap] = useState<boolean | null>(null);
  const grid = useGridName(point);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const map = createMap(element, {
      center: initial ? [initial.lng, initial.lat] : INITIAL_CENTER,
      zoom: initial ? 16 : 13,
    });
    map.on('load', () => {
      addTerritoryLayers(map);
      element.dataset.mapReady = 'true';
      void fetchMapConfig().then((config) => {
        if (!mapRef.current) return;
        setBaseMap(map, config.tileUrl, config.tileAttribution);
        setHasBaseMap(Boolean(config.tileUrl));
      });
    });
    map.on('click', (event) => setPoint({ lng: event.lngLat.lng, lat: event.lngLat.lat }));
    mapRef.current = map;
    return () => {
      mapRef.current = null;
      map.remove();
    };
  }, []);
  // After the map is made (effects run in order), so the first point gets its pin too.
  useMarker(mapRef, point);

  return (
    <>
      <div className="m-map" ref={container} data-testid="pick-map" />
      <div className="m-map-footer">
        {hasBaseMap === false ? <div className="m-muted">{t('location.noBaseMap')}</div> : null}
        {point ? (
          <Notice kind="info">
            <span className="m-break" data-testid="pick-map-point">
              {t('location.picked', { lng: formatCoord(point.lng), lat: formatCoord(point.lat) })}
              {grid.name ? ` · ${t('location.grid', { name: grid.name })}` : ''}
            </span>
          </Notice>
        ) : (
          <div className="m-muted">{t('location.tapMap')}</div>
        )}
        <Button
          block
          color="primary"
          size="large"
          disabled={!point}
          onClick={() => {
            if (point) onConfirm(point);
          }}
          data-testid="map-confirm"
        >
          {t('location.confirm')}
        </Button>
      </div>
    </>
  );
}
