import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { createMap } from '../../map/createMap.ts';
import { addTerritoryLayers, setBaseMap } from '../../map/layers.ts';
import { PALETTE } from '../../map/palette.ts';
import { fetchMapConfig } from '../api/config.ts';
import type { BoardEntry } from '../api/types.ts';

const SOURCE = 'board-points';

function collection(items: BoardEntry[]) {
  return {
    type: 'FeatureCollection' as const,
    features: items.flatMap((item) =>
      item.point
        ? [
            {
              type: 'Feature' as const,
              geometry: { type: 'Point' as const, coordinates: [item.point.lng, item.point.lat] },
              properties: { finished: item.finished },
            },
          ]
        : [],
    ),
  };
}

/** Where the board's cases are, as rounded (~50 m) dots: open ones red, finished ones green. */
export default function BoardMap({ items }: { items: BoardEntry[] }) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const map = createMap(element, { zoom: 13 });
    map.on('load', () => {
      addTerritoryLayers(map);
      map.addSource(SOURCE, { type: 'geojson', data: collection([]) });
      map.addLayer({
        id: SOURCE,
        type: 'circle',
        source: SOURCE,
        paint: {
          'circle-radius': 6,
          'circle-color': ['case', ['get', 'finished'], '#52c41a', PALETTE.problem],
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1.5,
        },
      });
      void fetchMapConfig().then((config) => {
        if (mapRef.current) setBaseMap(map, config.tileUrl, config.tileAttribution);
      });
      setReady(true);
    });
    mapRef.current = map;
    return () => {
      mapRef.current = null;
      map.remove();
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    const data = collection(items);
    void map.getSource<GeoJSONSource>(SOURCE)?.setData(data);
    const points = data.features.map((f) => f.geometry.coordinates);
    if (points.length === 0) return;
    const lngs = points.map((p) => p[0]!);
    const lats = points.map((p) => p[1]!);
    map.fitBounds(
      [
        [Math.min(...lngs), Math.min(...lats)],
        [Math.max(...lngs), Math.max(...lats)],
      ],
      { padding: 24, maxZoom: 16, duration: 0 },
    );
  }, [items, ready]);

  return <div className="m-map-small" ref={container} data-testid="board-map" />;
}
