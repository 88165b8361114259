import { matchPersonHeaders } from '@wangge/domain';
import type { Actor, Deps } from '../../../http/types.ts';
import { headerProblem } from './header-problem.ts';
import { loadPlaceIndex } from './place-index.ts';
import { type HeaderMatch, type PreparedPerson, preparePersonRow } from './prepare-person-row.ts';
import type { ImportSpec } from './sheet-import.ts';
import { type ChunkCaches, updatableColumns, writePeopleChunk } from './write-people-chunk.ts';

/**
 * The people import (实有人口): each row checked by the same rules as the form, its address resolved
 * in memory; a number already registered is updated in place (only the columns the file has, and
 * only if something changed); a number twice in the file is refused on its second row; a person
 * registered outside the importer's territory is refused, never moved.
 */
export async function peopleImport(
  deps: Deps,
  actor: Actor,
  scopePaths: readonly string[],
): Promise<ImportSpec<HeaderMatch & { updatable: Set<string> }, PreparedPerson>> {
  const now = deps.clock.now();
  const places = await loadPlaceIndex(deps.db, scopePaths);
  const caches: ChunkCaches = { rooms: new Map(), households: new Map() };
  return {
    header(cells) {
      const header = matchPersonHeaders(cells);
      const problem = headerProblem(header);
      if (problem) return { ok: false, problem };
      return { ok: true, header: { ...header, updatable: updatableColumns(header.index.keys()) } };
    },
    prepare: (header, row) => preparePersonRow(deps.config, places, header, row, now),
    key: (p) => p.columns.id_number_hash,
    duplicate: (first) => ({
      column: '证件号码',
      value: '',
      code: 'DUPLICATE_IN_FILE',
      params: { row: first },
    }),
    write: (tx, header, chunk) =>
      writePeopleChunk(tx, actor, now, chunk, {
        config: deps.config,
        scopePaths,
        updatable: header.updatable,
        caches,
      }),
  };
}
