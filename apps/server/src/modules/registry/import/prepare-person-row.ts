import {
  codeOf,
  type matchPersonHeaders,
  PERSON_COLUMNS,
  type Person,
  type PersonColumn,
  parseRoomNo,
  personRow,
  validatePerson,
} from '@wangge/domain';
import type { Config } from '../../../config.ts';
import type { SheetRow } from '../../../lib/sheets/index.ts';
import { type PersonColumns, unsealedPersonColumns } from '../person-record.ts';
import type { PlaceIndex } from './place-index.ts';

/** One refused cell (or row): the report lists the row as Excel numbers it, the column's header, the code. */
export interface RowProblem {
  row: number;
  column: string;
  value: string;
  code: string;
  params?: Record<string, string | number>;
}

export interface PreparedPerson {
  row: number;
  person: Person;
  /** Blind indexes and masks; the ciphertexts are added only if the row is written. */
  columns: PersonColumns;
  gridId: string;
  path: string;
  districtCode: string;
  room: { buildingId: string; unitNo: number; roomNo: string; floor: number | null } | null;
  householdNo: string | null;
  relationToHead: string | null;
}

const HEADER: Map<PersonColumn['key'], string> = new Map(PERSON_COLUMNS.map((c) => [c.key, c.zh]));
const PERSONAL = new Set<PersonColumn['key']>(['idNumber', 'phone']);

/** What the report may show of a refused value: personal numbers masked, the rest cut short. */
function shown(key: PersonColumn['key'], value: string | null | undefined): string {
  if (!value) return '';
  if (PERSONAL.has(key))
    return value.length <= 4 ? '*'.repeat(value.length) : `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

export type HeaderMatch = ReturnType<typeof matchPersonHeaders>;

/**
 * A spreadsheet row through every rule that needs no database: the domain's person rules, the
 * address against the in-memory place index, Excel's mangled long numbers. Encrypts the numbers
 * (CPU work kept out of the transactions). Returns the row ready to write, or its problems.
 */
export function preparePersonRow(
  config: Config,
  places: PlaceIndex,
  header: HeaderMatch,
  sheetRow: SheetRow,
  today: Date,
): { ok: true; prepared: PreparedPerson } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const at = (
    key: PersonColumn['key'],
    code: string,
    value?: string | null,
    params?: Record<string, string | number>,
  ) =>
    problems.push({
      row: sheetRow.rowNumber,
      column: HEADER.get(key) ?? key,
      value: shown(key, value),
      code,
      ...(params ? { params } : {}),
    });

  for (const i of sheetRow.lossy) {
    const key = [...header.index.entries()].find(([, idx]) => idx === i)?.[0];
    if (key) at(key, 'LOSSY_NUMBER', sheetRow.cells[i]);
  }
  if (problems.length > 0) return { ok: false, problems };

  const { draft, place, hukouConsistentInvalid } = personRow(header.index, sheetRow.cells);
  if (hukouConsistentInvalid) at('hukouConsistent', 'BOOLEAN_INVALID');
  const checked = validatePerson(draft, today);
  if (!checked.ok) for (const e of checked.errors) at(e.field, e.code, draft[e.field] as string | null);

  // The place: a building (code or name) with unit and room, or a grid.
  let gridId = '';
  let path = '';
  let districtCode = '';
  let room: PreparedPerson['room'] = null;
  if (place.building) {
    const b = places.building(place.building);
    if (b === 'ambiguous') at('building', 'BUILDING_AMBIGUOUS', place.building);
    else if (!b) at('building', 'BUILDING_UNKNOWN', place.building);
    else {
      gridId = b.gridId;
      path = b.path;
      districtCode = b.districtCode;
      if (place.gridCode && place.gridCode !== b.gridCode) at('gridCode', 'GRID_MISMATCH', place.gridCode);
      const unitNo = Number(place.unitNo);
      if (!place.unitNo || !place.roomNo) at(place.unitNo ? 'roomNo' : 'unitNo', 'UNIT_REQUIRED');
      else if (!Number.isInteger(unitNo) || !b.units.has(unitNo)) at('unitNo', 'UNIT_UNKNOWN', place.unitNo);
      else {
        const r = parseRoomNo(place.roomNo);
        if (!r.ok) at('roomNo', 'ROOM_NO_INVALID', place.roomNo);
        else room = { buildingId: b.id, unitNo, roomNo: r.roomNo, floor: r.floor };
      }
    }
  } else if (place.gridCode) {
    const g = places.grid(place.gridCode);
    if (!g) at('gridCode', 'GRID_UNKNOWN', place.gridCode);
    else {
      gridId = g.id;
      path = g.path;
      districtCode = g.districtCode;
    }
  } else at('building', 'PLACE_REQUIRED');

  if (place.householdNo && !place.building) at('householdNo', 'HOUSEHOLD_NEEDS_ROOM', place.householdNo);
  let relationToHead: string | null = null;
  if (place.relationToHead) {
    relationToHead = codeOf('relationToHead', place.relationToHead) ?? null;
    if (!relationToHead) at('relationToHead', 'CODE_UNKNOWN', place.relationToHead);
  }

  if (problems.length > 0 || !checked.ok) return { ok: false, problems };
  return {
    ok: true,
    prepared: {
      row: sheetRow.rowNumber,
      person: checked.person,
      columns: unsealedPersonColumns(config, checked.person),
      gridId,
      path,
      districtCode,
      room,
      householdNo: room ? place.householdNo : null,
      relationToHead: room && place.householdNo ? relationToHead : null,
    },
  };
}
