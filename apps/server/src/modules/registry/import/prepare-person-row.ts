import {
  codeOf,
  type matchPersonHeaders,
  PERSON_COLUMNS,
  type Person,
  type PersonColumn,
  personRow,
  validatePerson,
} from '@wangge/domain';
import type { Config } from '../../../config.ts';
import type { SheetRow } from '../../../lib/sheets/index.ts';
import { type PersonColumns, unsealedPersonColumns } from '../person-record.ts';
import { type PlaceIndex, rowPlace } from './place-index.ts';
import { type RowProblem, rowProblems } from './row-problem.ts';

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

const PERSONAL = new Set<PersonColumn['key']>(['idNumber', 'phone']);

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
  const { problems, at, lossy } = rowProblems(sheetRow, PERSON_COLUMNS, PERSONAL);
  lossy(header.index);
  if (problems.length > 0) return { ok: false, problems };

  const { draft, place, hukouConsistentInvalid } = personRow(header.index, sheetRow.cells);
  if (hukouConsistentInvalid) at('hukouConsistent', 'BOOLEAN_INVALID');
  const checked = validatePerson(draft, today);
  if (!checked.ok) for (const e of checked.errors) at(e.field, e.code, draft[e.field] as string | null);

  // The place: a building (code or name) with unit and room, or a grid.
  const where = rowPlace(places, place, true, at);

  if (place.householdNo && !place.building) at('householdNo', 'HOUSEHOLD_NEEDS_ROOM', place.householdNo);
  let relationToHead: string | null = null;
  if (place.relationToHead) {
    relationToHead = codeOf('relationToHead', place.relationToHead) ?? null;
    if (!relationToHead) at('relationToHead', 'CODE_UNKNOWN', place.relationToHead);
  }

  if (problems.length > 0 || !checked.ok || !where) return { ok: false, problems };
  return {
    ok: true,
    prepared: {
      row: sheetRow.rowNumber,
      person: checked.person,
      columns: unsealedPersonColumns(config, checked.person),
      gridId: where.gridId,
      path: where.path,
      districtCode: where.districtCode,
      room: where.room,
      householdNo: where.room ? place.householdNo : null,
      relationToHead: where.room && place.householdNo ? relationToHead : null,
    },
  };
}
