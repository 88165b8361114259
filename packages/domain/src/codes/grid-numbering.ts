import { parseDivisionCode } from './division-code.ts';
import { formatGridCode, MAX_GRID_SEQUENCE } from './grid-code.ts';

/**
 * Numbers the grids of one community in the Beijing DB11 order (also Xi'an DB6101): rows from north to
 * south, and west to east within a row. Grids are never perfectly aligned, so centroids whose
 * latitudes lie within `rowToleranceDeg` of a row's northernmost centroid count as one row. Measuring
 * from that first centroid (not from the previous one) keeps a slanting street from chaining the
 * whole community into a single row.
 */

export interface GridToNumber {
  key: string;
  /** [lng, lat] in degrees (any one CRS for all grids; the order barely depends on it). */
  centroid: readonly [number, number];
}

export interface NumberingOptions {
  /** Latitude difference (degrees, ≥ 0) below which two centroids share a row. */
  rowToleranceDeg: number;
  /** First sequence to hand out (default 1), e.g. one past the highest code already in use. */
  firstSequence?: number;
}

export interface GridNumber {
  key: string;
  code: string;
  sequence: number;
  /** 0-based row, counted from the north. */
  row: number;
}

export type GridNumberingError =
  | 'GRID_CODE_COMMUNITY_INVALID'
  | 'GRID_NUMBERING_TOLERANCE_INVALID'
  | 'GRID_NUMBERING_FIRST_SEQUENCE_INVALID'
  | 'GRID_NUMBERING_CENTROID_INVALID'
  | 'GRID_NUMBERING_DUPLICATE_KEY'
  | 'GRID_SEQUENCE_EXHAUSTED';

export type GridNumberingResult =
  | { ok: true; numbers: GridNumber[] }
  | { ok: false; error: GridNumberingError; key?: string };

/** Absorbs binary rounding (30.002 - 30.001 > 0.001) so a difference equal to the tolerance counts. */
const FLOAT_SLACK = 1e-9;

function validCentroid([lng, lat]: readonly [number, number]): boolean {
  return Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90;
}

/** Returns the grids in numbering order with their codes. */
export function numberGridsWestEastNorthSouth(
  communityCode: string,
  grids: readonly GridToNumber[],
  { rowToleranceDeg, firstSequence = 1 }: NumberingOptions,
): GridNumberingResult {
  const community = parseDivisionCode(communityCode);
  if (!community.ok || community.level !== 'community')
    return { ok: false, error: 'GRID_CODE_COMMUNITY_INVALID' };
  if (!Number.isFinite(rowToleranceDeg) || rowToleranceDeg < 0) {
    return { ok: false, error: 'GRID_NUMBERING_TOLERANCE_INVALID' };
  }
  if (!Number.isInteger(firstSequence) || firstSequence < 1) {
    return { ok: false, error: 'GRID_NUMBERING_FIRST_SEQUENCE_INVALID' };
  }
  const seen = new Set<string>();
  for (const grid of grids) {
    if (seen.has(grid.key)) return { ok: false, error: 'GRID_NUMBERING_DUPLICATE_KEY', key: grid.key };
    seen.add(grid.key);
    if (!validCentroid(grid.centroid))
      return { ok: false, error: 'GRID_NUMBERING_CENTROID_INVALID', key: grid.key };
  }
  if (firstSequence + grids.length - 1 > MAX_GRID_SEQUENCE)
    return { ok: false, error: 'GRID_SEQUENCE_EXHAUSTED' };

  // North first; ties broken west first, then by key, so the result never depends on input order.
  const northToSouth = [...grids].sort(
    (a, b) => b.centroid[1] - a.centroid[1] || a.centroid[0] - b.centroid[0] || compareKeys(a.key, b.key),
  );
  const rows: GridToNumber[][] = [];
  let current: GridToNumber[] = [];
  let rowTop = Number.NaN;
  for (const grid of northToSouth) {
    if (current.length > 0 && rowTop - grid.centroid[1] <= rowToleranceDeg + FLOAT_SLACK) {
      current.push(grid);
      continue;
    }
    if (current.length > 0) rows.push(current);
    current = [grid];
    rowTop = grid.centroid[1];
  }
  if (current.length > 0) rows.push(current);

  const numbers: GridNumber[] = [];
  rows.forEach((row, rowIndex) => {
    const westToEast = row.sort(
      (a, b) => a.centroid[0] - b.centroid[0] || b.centroid[1] - a.centroid[1] || compareKeys(a.key, b.key),
    );
    for (const grid of westToEast) {
      const sequence = firstSequence + numbers.length;
      numbers.push({ key: grid.key, code: formatGridCode(communityCode, sequence), sequence, row: rowIndex });
    }
  });
  return { ok: true, numbers };
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
