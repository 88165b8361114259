import type { MessageKey, TranslateParams } from '../../i18n/messages.ts';

/** The server's limits for one import (body 20 MiB, 5,000 features). */
export const MAX_IMPORT_MB = 20;
export const MAX_IMPORT_FEATURES = 5000;

export interface GeoJsonFile {
  name: string;
  collection: { type: 'FeatureCollection'; features: unknown[] };
}

export type ReadResult =
  | { ok: true; file: GeoJsonFile }
  | { ok: false; error: MessageKey; params?: TranslateParams };

/**
 * Reads a chosen file as a GeoJSON FeatureCollection. Only what stops the file being sent is checked
 * here; every feature is checked by the server's dry run.
 */
export async function readGeoJsonFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_IMPORT_MB * 1024 * 1024) {
    return { ok: false, error: 'territoryAdmin.import.tooLarge', params: { max: MAX_IMPORT_MB } };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return { ok: false, error: 'territoryAdmin.import.notJson' };
  }
  const collection = parsed as { type?: unknown; features?: unknown };
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    collection.type !== 'FeatureCollection' ||
    !Array.isArray(collection.features)
  ) {
    return { ok: false, error: 'territoryAdmin.import.notCollection' };
  }
  const count = collection.features.length;
  if (count === 0) return { ok: false, error: 'territoryAdmin.import.empty' };
  if (count > MAX_IMPORT_FEATURES) {
    return { ok: false, error: 'territoryAdmin.import.tooMany', params: { max: MAX_IMPORT_FEATURES, count } };
  }
  return {
    ok: true,
    file: { name: file.name, collection: { type: 'FeatureCollection', features: collection.features } },
  };
}
