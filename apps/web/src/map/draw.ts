import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { GeoJsonFeatureCollection } from './geojson.ts';

/** Replaces a GeoJSON source's data; resolves when the worker has it (at once if the source is gone). */
export function setSourceData(map: MapLibreMap, id: string, data: GeoJsonFeatureCollection): Promise<void> {
  return map.getSource<GeoJSONSource>(id)?.setData(data) ?? Promise.resolve();
}

/**
 * Calls `done` once a frame has been drawn with `sources` loaded and the camera at rest, and returns
 * a function that stops waiting. 'idle' alone is not enough: a base-map tile answered 404 never
 * triggers another frame.
 */
export function whenDrawn(map: MapLibreMap, sources: readonly string[], done: () => void): () => void {
  const stop = () => {
    map.off('render', onRender);
    map.off('idle', finish);
  };
  const finish = () => {
    stop();
    done();
  };
  const onRender = () => {
    if (!map.isMoving() && sources.every((id) => map.isSourceLoaded(id))) finish();
  };
  map.on('render', onRender);
  map.on('idle', finish);
  return stop;
}
