/**
 * Chinese administrative division codes as the territory tree uses them (STANDARDS §4.2):
 * 6 digits county/district (GB/T 2260), 9 digits subdistrict/town (+3, GB/T 10114),
 * 12 digits community/village (+3, NBS statistical division code rules).
 */

export type DivisionLevel = 'district' | 'subdistrict' | 'community';

/**
 * - district level: `county` for an ordinary county-level unit; `prefecture` when the county digits are
 *   00, which only makes sense for prefecture-level cities without counties (东莞 441900, 中山 442000,
 *   儋州 460400, 嘉峪关 620200) whose towns hang directly below the city.
 * - subdistrict level (first new digit): 0 街道 `subdistrict`, 1 镇 `town`, 2–3 乡 `township`,
 *   4–5 政企合一 `govEnterprise` (农场、林场、开发区 managed as a township).
 * - community level: 001–199 居民委员会 `residents`, 200–999 村民委员会 `villagers`.
 */
export type DivisionKind =
  | 'county'
  | 'prefecture'
  | 'subdistrict'
  | 'town'
  | 'township'
  | 'govEnterprise'
  | 'residents'
  | 'villagers';

export type DivisionCodeError =
  /** Not a string of exactly 6, 9 or 12 ASCII digits. */
  | 'DIVISION_CODE_MALFORMED'
  /** The first two digits are not a province-level code of GB/T 2260. */
  | 'DIVISION_CODE_PROVINCE_UNKNOWN'
  /** A province code (xx0000) where a county is expected. */
  | 'DIVISION_CODE_NOT_COUNTY'
  /** 000 at the subdistrict or community level: that is the parent padded, not a unit of its own. */
  | 'DIVISION_CODE_ZERO_SEGMENT'
  /** Subdistrict digits starting with 6–9, which GB/T 10114 does not assign. */
  | 'DIVISION_CODE_KIND_UNKNOWN';

export const DIVISION_CODE_ERRORS: readonly DivisionCodeError[] = [
  'DIVISION_CODE_MALFORMED',
  'DIVISION_CODE_PROVINCE_UNKNOWN',
  'DIVISION_CODE_NOT_COUNTY',
  'DIVISION_CODE_ZERO_SEGMENT',
  'DIVISION_CODE_KIND_UNKNOWN',
];

export interface ParsedDivisionCode {
  ok: true;
  code: string;
  level: DivisionLevel;
  kind: DivisionKind;
  districtCode: string;
  subdistrictCode?: string;
  communityCode?: string;
  /** The code one level up; null for a district. */
  parentCode: string | null;
}

export type DivisionCodeResult = ParsedDivisionCode | { ok: false; error: DivisionCodeError };

/** Province-level prefixes of GB/T 2260 (mainland 11–65, Taiwan 71, Hong Kong 81, Macao 82). */
const PROVINCE_PREFIXES = new Set(
  [
    '11 12 13 14 15',
    '21 22 23',
    '31 32 33 34 35 36 37',
    '41 42 43 44 45 46',
    '50 51 52 53 54',
    '61 62 63 64 65',
    '71 81 82',
  ]
    .join(' ')
    .split(' '),
);

/** True when `prefix` (two digits) is a GB/T 2260 province-level code. */
export function isProvincePrefix(prefix: string): boolean {
  return PROVINCE_PREFIXES.has(prefix);
}

const SHAPE = /^\d{6}(\d{3}(\d{3})?)?$/;

function subdistrictKind(segment: string): DivisionKind | null {
  switch (segment[0]) {
    case '0':
      return 'subdistrict';
    case '1':
      return 'town';
    case '2':
    case '3':
      return 'township';
    case '4':
    case '5':
      return 'govEnterprise';
    default:
      return null;
  }
}

export function parseDivisionCode(code: unknown): DivisionCodeResult {
  if (typeof code !== 'string' || !SHAPE.test(code)) return { ok: false, error: 'DIVISION_CODE_MALFORMED' };
  if (!PROVINCE_PREFIXES.has(code.slice(0, 2))) return { ok: false, error: 'DIVISION_CODE_PROVINCE_UNKNOWN' };
  if (code.slice(2, 6) === '0000') return { ok: false, error: 'DIVISION_CODE_NOT_COUNTY' };

  const districtCode = code.slice(0, 6);
  if (code.length === 6) {
    const kind = code.slice(4, 6) === '00' ? 'prefecture' : 'county';
    return { ok: true, code, level: 'district', kind, districtCode, parentCode: null };
  }

  const subSegment = code.slice(6, 9);
  if (subSegment === '000') return { ok: false, error: 'DIVISION_CODE_ZERO_SEGMENT' };
  const subKind = subdistrictKind(subSegment);
  if (subKind === null) return { ok: false, error: 'DIVISION_CODE_KIND_UNKNOWN' };
  const subdistrictCode = code.slice(0, 9);
  if (code.length === 9) {
    return {
      ok: true,
      code,
      level: 'subdistrict',
      kind: subKind,
      districtCode,
      subdistrictCode,
      parentCode: districtCode,
    };
  }

  const communitySegment = code.slice(9, 12);
  if (communitySegment === '000') return { ok: false, error: 'DIVISION_CODE_ZERO_SEGMENT' };
  return {
    ok: true,
    code,
    level: 'community',
    kind: Number(communitySegment) < 200 ? 'residents' : 'villagers',
    districtCode,
    subdistrictCode,
    communityCode: code,
    parentCode: subdistrictCode,
  };
}

/** True for a well-formed 12-digit community/village code. */
export function isCommunityCode(code: unknown): code is string {
  const parsed = parseDivisionCode(code);
  return parsed.ok && parsed.level === 'community';
}

/**
 * The ltree path of a division: one label per level, each the full code of that level, so a subtree
 * query (`path <@ '370102.370102009'`) needs no knowledge of code arithmetic. Null when malformed.
 */
export function divisionPath(code: unknown): string | null {
  const parsed = parseDivisionCode(code);
  if (!parsed.ok) return null;
  return [parsed.districtCode, parsed.subdistrictCode, parsed.communityCode]
    .filter((label): label is string => label !== undefined)
    .join('.');
}
