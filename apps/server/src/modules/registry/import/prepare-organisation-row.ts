import {
  type matchOrganisationHeaders,
  ORGANISATION_COLUMNS,
  type Organisation,
  type OrganisationColumn,
  organisationRow,
  validateOrganisation,
} from '@wangge/domain';
import type { SheetRow } from '../../../lib/sheets/index.ts';
import { type PlaceIndex, type RowPlace, rowPlace } from './place-index.ts';
import { type RowProblem, rowProblems } from './row-problem.ts';

export type OrganisationHeader = ReturnType<typeof matchOrganisationHeaders>;

export interface PreparedOrganisation {
  row: number;
  organisation: Organisation;
  place: RowPlace;
}

const PERSONAL = new Set<OrganisationColumn['key']>(['legalRepIdNumber', 'contactPhone']);

/** An organisation row through every rule that needs no database: the form's rules and the place in the index. */
export function prepareOrganisationRow(
  places: PlaceIndex,
  header: OrganisationHeader,
  sheetRow: SheetRow,
  today: Date,
): { ok: true; prepared: PreparedOrganisation } | { ok: false; problems: RowProblem[] } {
  const { problems, at, lossy } = rowProblems(sheetRow, ORGANISATION_COLUMNS, PERSONAL);
  lossy(header.index);
  if (problems.length > 0) return { ok: false, problems };

  const { draft, place, invalid } = organisationRow(header.index, sheetRow.cells);
  const cell = (key: OrganisationColumn['key']) => sheetRow.cells[header.index.get(key) ?? -1];
  for (const i of invalid) at(i.field, i.code, cell(i.field));
  const checked = validateOrganisation(draft, today);
  if (!checked.ok) for (const e of checked.errors) at(e.field, e.code, cell(e.field));
  const where = rowPlace(places, place, false, (key, code, value) =>
    // without rooms, only grid and building problems arise
    at(key as OrganisationColumn['key'], code, value),
  );

  if (problems.length > 0 || !checked.ok || !where) return { ok: false, problems };
  return {
    ok: true,
    prepared: { row: sheetRow.rowNumber, organisation: checked.organisation, place: where },
  };
}
