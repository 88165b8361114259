import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYERS, SOURCES } from './layers.ts';

/** Highlights the grid under the pointer (feature-state `hover`) and shows a pointer cursor. */
export function bindGridHover(map: MapLibreMap, isLocating: () => boolean): void {
  let hovered: string | number | undefined;
  const clear = () => {
    if (hovered !== undefined) map.setFeatureState({ source: SOURCES.grids, id: hovered }, { hover: false });
    hovered = undefined;
  };
  map.on('mousemove', LAYERS.gridFill, (event) => {
    const id = event.features?.[0]?.id;
    if (id === hovered) return;
    clear();
    if (id !== undefined) {
      hovered = id;
      map.setFeatureState({ source: SOURCES.grids, id }, { hover: true });
    }
    if (!isLocating()) map.getCanvas().style.cursor = 'pointer';
  });
  map.on('mouseleave', LAYERS.gridFill, () => {
    clear();
    if (!isLocating()) map.getCanvas().style.cursor = '';
  });
}
