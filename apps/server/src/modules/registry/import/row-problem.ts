import type { SheetRow } from '../../../lib/sheets/index.ts';

/** One refused cell (or row): the report lists the row as Excel numbers it, the column's header, the code. */
export interface RowProblem {
  row: number;
  column: string;
  value: string;
  code: string;
  params?: Record<string, string | number>;
}

/** What the report may show of a refused value: personal numbers masked, the rest cut short. */
export function shownValue(value: string | null | undefined, personal = false): string {
  if (!value) return '';
  if (personal)
    return value.length <= 4 ? '*'.repeat(value.length) : `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

/**
 * A collector of one row's problems for an entity's columns: the report names the column by its
 * Chinese header and masks the entity's personal numbers.
 */
export function rowProblems<K extends string>(
  row: SheetRow,
  columns: readonly { key: K; zh: string }[],
  personal: ReadonlySet<K>,
) {
  const header = new Map<K, string>(columns.map((c) => [c.key, c.zh]));
  const problems: RowProblem[] = [];
  const at = (key: K, code: string, value?: string | null, params?: Record<string, string | number>) => {
    problems.push({
      row: row.rowNumber,
      column: header.get(key) ?? key,
      value: shownValue(value, personal.has(key)),
      code,
      ...(params ? { params } : {}),
    });
  };
  /** Cells Excel stored as numbers too long to keep (an ID number typed in a number cell). */
  const lossy = (index: ReadonlyMap<K, number>) => {
    for (const i of row.lossy) {
      const key = [...index.entries()].find(([, idx]) => idx === i)?.[0];
      if (key) at(key, 'LOSSY_NUMBER', row.cells[i]);
    }
  };
  return { problems, at, lossy };
}
