import { divisionPath, parseDivisionCode } from './division-code.ts';

/**
 * Grid codes extend the 12-digit community code (Beijing DB11 unit grid, GB/T 47678.3's 15-character
 * unit-grid id): grid = community + 3-digit sequence 001–999; micro-grid = grid + 01–99;
 * building = grid + 001–999. A grid never straddles communities, so the community is the prefix.
 */

export type GridCodeError =
  /** Not a string of the right number of ASCII digits. */
  | 'GRID_CODE_MALFORMED'
  /** The first 12 digits are not a valid community code. */
  | 'GRID_CODE_COMMUNITY_INVALID'
  /** A sequence of all zeros (000 / 00): sequences start at 1. */
  | 'GRID_CODE_SEQUENCE_ZERO'
  /** The code belongs to a different community than the one expected. */
  | 'GRID_CODE_COMMUNITY_MISMATCH';

export interface ParsedGridCode {
  ok: true;
  code: string;
  communityCode: string;
  /** 1–999 */
  sequence: number;
}

export interface ParsedSubGridCode {
  ok: true;
  code: string;
  gridCode: string;
  communityCode: string;
  /** The last segment: grid 1–999, micro-grid 1–99, building 1–999. */
  sequence: number;
}

export type GridCodeFailure = { ok: false; error: GridCodeError };

const GRID_LENGTH = 15;

function parseWithSuffix(code: unknown, suffixLength: number): ParsedSubGridCode | GridCodeFailure {
  const length = GRID_LENGTH + suffixLength;
  if (typeof code !== 'string' || code.length !== length || !/^\d+$/.test(code)) {
    return { ok: false, error: 'GRID_CODE_MALFORMED' };
  }
  const communityCode = code.slice(0, 12);
  const community = parseDivisionCode(communityCode);
  if (!community.ok || community.level !== 'community')
    return { ok: false, error: 'GRID_CODE_COMMUNITY_INVALID' };
  const gridSequence = Number(code.slice(12, GRID_LENGTH));
  const sequence = suffixLength > 0 ? Number(code.slice(GRID_LENGTH)) : gridSequence;
  if (gridSequence === 0 || sequence === 0) return { ok: false, error: 'GRID_CODE_SEQUENCE_ZERO' };
  return { ok: true, code, gridCode: code.slice(0, GRID_LENGTH), communityCode, sequence };
}

/**
 * Parses a 15-digit grid code; with `expectedCommunity`, also checks that the grid lies in it
 * (an import row may name its community separately).
 */
export function parseGridCode(code: unknown, expectedCommunity?: string): ParsedGridCode | GridCodeFailure {
  const parsed = parseWithSuffix(code, 0);
  if (!parsed.ok) return parsed;
  if (expectedCommunity !== undefined && parsed.communityCode !== expectedCommunity) {
    return { ok: false, error: 'GRID_CODE_COMMUNITY_MISMATCH' };
  }
  return { ok: true, code: parsed.code, communityCode: parsed.communityCode, sequence: parsed.sequence };
}

/** Micro-grid (微网格): grid code + 2 digits 01–99 = 17 digits. */
export function parseMicroGridCode(code: unknown): ParsedSubGridCode | GridCodeFailure {
  return parseWithSuffix(code, 2);
}

/** Building: grid code + 3 digits 001–999 = 18 digits. */
export function parseBuildingCode(code: unknown): ParsedSubGridCode | GridCodeFailure {
  return parseWithSuffix(code, 3);
}

export function formatGridCode(communityCode: string, sequence: number): string {
  return `${communityCode}${String(sequence).padStart(3, '0')}`;
}

/** The grid's ltree path: its community's path + the full grid code. Null when malformed. */
export function gridPath(gridCode: unknown): string | null {
  const parsed = parseGridCode(gridCode);
  if (!parsed.ok) return null;
  return `${divisionPath(parsed.communityCode)}.${parsed.code}`;
}

export const MAX_GRID_SEQUENCE = 999;

export type NextGridSequenceResult =
  | { ok: true; sequence: number; code: string }
  | { ok: false; error: 'GRID_CODE_COMMUNITY_INVALID' | 'GRID_SEQUENCE_EXHAUSTED' };

/**
 * The next free grid code of a community: one past the highest sequence in use. Gaps left by retired
 * grids are not refilled, because old cases and reports still name the retired code and must not
 * silently point at a new area. Codes of other communities and malformed codes are ignored.
 */
export function nextGridSequence(
  existingCodes: readonly string[],
  communityCode: string,
): NextGridSequenceResult {
  const community = parseDivisionCode(communityCode);
  if (!community.ok || community.level !== 'community')
    return { ok: false, error: 'GRID_CODE_COMMUNITY_INVALID' };
  let highest = 0;
  for (const code of existingCodes) {
    const parsed = parseGridCode(code, communityCode);
    if (parsed.ok && parsed.sequence > highest) highest = parsed.sequence;
  }
  const sequence = highest + 1;
  if (sequence > MAX_GRID_SEQUENCE) return { ok: false, error: 'GRID_SEQUENCE_EXHAUSTED' };
  return { ok: true, sequence, code: formatGridCode(communityCode, sequence) };
}
