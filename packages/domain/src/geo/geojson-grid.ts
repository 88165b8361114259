import { parseDivisionCode } from '../codes/division-code.ts';
import { parseGridCode } from '../codes/grid-code.ts';
import { checkPolygonal, POLYGON_ERROR_CODES } from './geojson-polygon.ts';
import type { MultiPolygon } from './geometry.ts';
import { type Issue, IssueCollector } from './issues.ts';

/**
 * Structural validation of one feature of a grid-import FeatureCollection, before any database work.
 * Every problem of the feature is collected so one round of fixes can address them all. Messages are
 * English for logs; the server maps the codes to zh-CN / English texts for the user.
 */

export const GRID_FEATURE_ERROR_CODES = [
  'FEATURE_MALFORMED',
  'CODE_MISSING',
  'CODE_MALFORMED',
  'NAME_MISSING',
  'NAME_TOO_LONG',
  'TYPE_INVALID',
  'COMMUNITY_MALFORMED',
  'GRID_COMMUNITY_MISMATCH',
  'UNIT_NAME_INVALID',
  ...POLYGON_ERROR_CODES,
] as const;
export type GridFeatureErrorCode = (typeof GRID_FEATURE_ERROR_CODES)[number];

export type GridType = 'basic' | 'exclusive';

export interface GridFeature {
  code: string;
  name: string;
  type: GridType;
  communityCode: string;
  unitName: string | null;
  geometry: MultiPolygon;
}

export type GridFeatureResult =
  | { ok: true; value: GridFeature }
  | {
      ok: false;
      index: number;
      /** The code as written in the file, when there was one, so the user can find the feature. */
      code: string | null;
      errors: Issue<GridFeatureErrorCode>[];
    };

export const MAX_GRID_NAME_LENGTH = 64;
export const MAX_UNIT_NAME_LENGTH = 128;

/** 基础网格 (territorial) and 专属网格 (a school, hospital, park … with its own unit). */
const GRID_TYPES: Record<string, GridType> = {
  basic: 'basic',
  exclusive: 'exclusive',
  基础网格: 'basic',
  专属网格: 'exclusive',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Codes come from spreadsheets and shapefiles, where a 15-digit code often turns into a number (still
 * exact: below 2^53) or gains stray spaces; both are accepted.
 */
function codeText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  return null;
}

/** Length as people count it: code points, so a rare character outside the BMP counts once. */
function length(text: string): number {
  return [...text].length;
}

export function validateGridFeature(feature: unknown, index: number): GridFeatureResult {
  const at = `features[${index}]`;
  const issues = new IssueCollector<GridFeatureErrorCode>();
  const fail = (code: string | null): GridFeatureResult => ({
    ok: false,
    index,
    code,
    errors: issues.list(),
  });

  if (!isRecord(feature)) {
    issues.add('FEATURE_MALFORMED', `${at} is not a GeoJSON Feature object`);
    return fail(null);
  }
  if (feature.type !== 'Feature') {
    issues.add('FEATURE_MALFORMED', `${at}.type is ${JSON.stringify(feature.type)}; expected "Feature"`);
  }
  let props: Record<string, unknown> = {};
  if (isRecord(feature.properties)) props = feature.properties;
  else if (feature.properties !== undefined && feature.properties !== null) {
    issues.add('FEATURE_MALFORMED', `${at}.properties is not an object`);
  }

  // code
  const rawCode = props.code;
  const code = codeText(rawCode);
  let gridCommunity: string | null = null;
  if (isBlank(rawCode)) issues.add('CODE_MISSING', `${at}.properties.code is missing`);
  else {
    const parsed = parseGridCode(code);
    if (parsed.ok) gridCommunity = parsed.communityCode;
    else {
      issues.add(
        'CODE_MALFORMED',
        `${at}.properties.code ${JSON.stringify(rawCode)} is not a grid code (${parsed.error}): 12-digit community code + 001–999`,
      );
    }
  }

  // name
  const rawName = props.name;
  // A shapefile attribute table may hold a bare number as a name ("3" for 第3网格); keep it as text.
  const name =
    typeof rawName === 'string'
      ? rawName.trim()
      : typeof rawName === 'number' && Number.isFinite(rawName)
        ? String(rawName)
        : '';
  if (isBlank(rawName)) issues.add('NAME_MISSING', `${at}.properties.name is missing`);
  else if (name === '') issues.add('NAME_MISSING', `${at}.properties.name is not text`);
  else if (length(name) > MAX_GRID_NAME_LENGTH) {
    issues.add(
      'NAME_TOO_LONG',
      `${at}.properties.name has ${length(name)} characters; at most ${MAX_GRID_NAME_LENGTH}`,
    );
  }

  // type
  let type: GridType = 'basic';
  if (!isBlank(props.type)) {
    const known = typeof props.type === 'string' ? GRID_TYPES[props.type.trim()] : undefined;
    if (known) type = known;
    else {
      issues.add(
        'TYPE_INVALID',
        `${at}.properties.type ${JSON.stringify(props.type)} is not one of basic, exclusive, 基础网格, 专属网格`,
      );
    }
  }

  // community: optional, because the grid code already carries it; if given it must agree.
  let communityCode = gridCommunity;
  if (!isBlank(props.community)) {
    const given = codeText(props.community);
    const parsed = parseDivisionCode(given);
    if (!parsed.ok || parsed.level !== 'community') {
      issues.add(
        'COMMUNITY_MALFORMED',
        `${at}.properties.community ${JSON.stringify(props.community)} is not a 12-digit community code`,
      );
    } else if (gridCommunity !== null && parsed.code !== gridCommunity) {
      issues.add(
        'GRID_COMMUNITY_MISMATCH',
        `${at}.properties.community ${parsed.code} differs from the code's community ${gridCommunity}`,
      );
    } else communityCode = parsed.code;
  }

  // unitName: the unit responsible for an exclusive grid (or any grid), optional.
  let unitName: string | null = null;
  if (!isBlank(props.unitName)) {
    if (typeof props.unitName !== 'string')
      issues.add('UNIT_NAME_INVALID', `${at}.properties.unitName is not text`);
    else if (length(props.unitName.trim()) > MAX_UNIT_NAME_LENGTH) {
      issues.add(
        'UNIT_NAME_INVALID',
        `${at}.properties.unitName is longer than ${MAX_UNIT_NAME_LENGTH} characters`,
      );
    } else unitName = props.unitName.trim();
  }

  const geometry = checkPolygonal(feature.geometry, `${at}.geometry`, issues);

  if (issues.reported > 0 || code === null || communityCode === null || geometry === null) {
    return fail(isBlank(rawCode) ? null : code);
  }
  return { ok: true, value: { code, name, type, communityCode, unitName, geometry } };
}

/** Codes that occur more than once in one import, each with the feature indices (ascending). */
export function findDuplicateCodes(codes: ReadonlyArray<string | null | undefined>): Map<string, number[]> {
  const indices = new Map<string, number[]>();
  codes.forEach((code, i) => {
    if (code === null || code === undefined) return;
    const list = indices.get(code);
    if (list) list.push(i);
    else indices.set(code, [i]);
  });
  for (const [code, list] of indices) if (list.length < 2) indices.delete(code);
  return indices;
}
