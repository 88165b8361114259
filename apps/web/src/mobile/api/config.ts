import { api } from './http.ts';

/** What the maps need of GET /api/config (a base map only when the deployment has one). */
export interface MapConfig {
  tileUrl: string | null;
  tileAttribution: string | null;
}

let cached: Promise<MapConfig> | null = null;

export function fetchMapConfig(): Promise<MapConfig> {
  cached ??= api<MapConfig>('/api/config').catch(() => ({ tileUrl: null, tileAttribution: null }));
  return cached;
}
