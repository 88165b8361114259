import type {
  CoverageReport,
  DivisionNode,
  GridDetail,
  GridImportRequest,
  GridImportResult,
  LocateResult,
  TerritoryMap,
} from '@wangge/contracts';
import { api } from './client.ts';

export function fetchTree(signal?: AbortSignal): Promise<{ roots: DivisionNode[] }> {
  return api('/api/org/tree', { signal });
}

/** Without a division the server answers with the user's top division. */
export function fetchTerritoryMap(division: string | null, signal?: AbortSignal): Promise<TerritoryMap> {
  return api('/api/org/map', { query: { division }, signal });
}

export function fetchGrid(code: string, signal?: AbortSignal): Promise<GridDetail> {
  return api(`/api/org/grids/${encodeURIComponent(code)}`, { signal });
}

export function locate(lng: number, lat: number): Promise<LocateResult> {
  return api('/api/org/locate', { query: { lng, lat, crs: 'WGS84' } });
}

export function fetchCoverage(division: string): Promise<CoverageReport> {
  return api('/api/org/coverage', { query: { division } });
}

/** POST /api/org/grids/import; a dry run with `preview` also returns the file's shapes in WGS-84. */
export function importGrids(request: GridImportRequest, signal?: AbortSignal): Promise<GridImportResult> {
  return api('/api/org/grids/import', { method: 'POST', body: request, signal });
}
