import type { ErrorEvent, Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_SOURCE } from './layers.ts';
import { maplibregl } from './maplibre.ts';
import { MAP_FONT_FAMILY } from './palette.ts';
import { baseStyle } from './style.ts';

/** Where a map looks before it knows its data (the demo subdistrict's part of Jinan). */
export const INITIAL_CENTER: [number, number] = [117.05, 36.67];

export interface CreateMapOptions {
  center?: [number, number];
  zoom?: number;
  /** Show the (compact) attribution and a scale bar: full-size maps. */
  full?: boolean;
}

/**
 * Every map of the console starts the same way: the offline base style (tiles are added later when
 * configured), Chinese labels drawn with local fonts, zoom buttons (full-size maps add a scale bar),
 * resizing with its container, and errors reported (a failing base-map tile once, as a warning).
 */
export function createMap(container: HTMLElement, options: CreateMapOptions = {}): MapLibreMap {
  const map = new maplibregl.Map({
    container,
    style: baseStyle(),
    center: options.center ?? INITIAL_CENTER,
    zoom: options.zoom ?? 12,
    localIdeographFontFamily: MAP_FONT_FAMILY,
    attributionControl: options.full ? { compact: true } : false,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  if (options.full) map.addControl(new maplibregl.ScaleControl({}), 'bottom-left');
  let warnedTiles = false;
  map.on('error', (event: ErrorEvent & { sourceId?: string }) => {
    // A failed tile does not repaint the map, so 'idle' would never come: repaint to let it fire.
    map.triggerRepaint();
    if (event.sourceId === BASEMAP_SOURCE) {
      if (!warnedTiles) console.warn('Base-map tiles failed to load:', event.error.message);
      warnedTiles = true;
    } else {
      console.error(event.error);
    }
  });
  const observer = new ResizeObserver(() => map.resize());
  observer.observe(container);
  map.on('remove', () => observer.disconnect());
  return map;
}
