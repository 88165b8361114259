import { matchOrganisationHeaders } from '@wangge/domain';
import type { Actor, Deps } from '../../../http/types.ts';
import { headerProblem } from './header-problem.ts';
import { loadPlaceIndex } from './place-index.ts';
import {
  type OrganisationHeader,
  type PreparedOrganisation,
  prepareOrganisationRow,
} from './prepare-organisation-row.ts';
import type { ImportSpec } from './sheet-import.ts';
import { organisationKey, writeOrganisationsChunk } from './write-organisations-chunk.ts';

/**
 * The organisations import (单位): one is known by its unified social credit code or, without one,
 * by its name within its grid; one registered is updated in the columns the file has, a new one
 * added. A code registered outside the importer's territory is refused, never moved.
 */
export async function organisationsImport(
  deps: Deps,
  actor: Actor,
  scopePaths: readonly string[],
): Promise<ImportSpec<OrganisationHeader, PreparedOrganisation>> {
  const now = deps.clock.now();
  const places = await loadPlaceIndex(deps.db, scopePaths);
  return {
    header(cells) {
      const header = matchOrganisationHeaders(cells);
      const problem = headerProblem(header);
      return problem ? { ok: false, problem } : { ok: true, header };
    },
    prepare: (header, row) => prepareOrganisationRow(places, header, row, now),
    key: organisationKey,
    duplicate: (first, p) =>
      p.organisation.uscc
        ? {
            column: '统一社会信用代码',
            value: p.organisation.uscc,
            code: 'DUPLICATE_ORG_IN_FILE',
            params: { row: first },
          }
        : {
            column: '单位名称',
            value: p.organisation.name,
            code: 'DUPLICATE_ORG_IN_FILE',
            params: { row: first },
          },
    write: (tx, header, chunk) =>
      writeOrganisationsChunk(tx, actor, now, chunk, {
        config: deps.config,
        scopePaths,
        present: header.index,
      }),
  };
}
