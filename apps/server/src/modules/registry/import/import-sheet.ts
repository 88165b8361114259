import type { Actor, Deps } from '../../../http/types.ts';
import type { SheetFormat } from '../../../lib/sheets/index.ts';
import { organisationsImport } from './import-organisations.ts';
import { peopleImport } from './import-people.ts';
import { roomsImport } from './import-rooms.ts';
import { type ImportMode, type ImportOutcome, type ImportProgress, runSheetImport } from './sheet-import.ts';

export type ImportEntity = 'people' | 'rooms' | 'organisations';

/**
 * Imports a spreadsheet of one entity into `scopePaths` (the importer's territory for bulk
 * operations): the entity's rules and writes, the engine's streaming, modes and report.
 */
export async function importSheet(
  deps: Deps,
  actor: Actor,
  entity: ImportEntity,
  input: { path: string; format: SheetFormat; mode: ImportMode; scopePaths: readonly string[] },
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  const file = { path: input.path, format: input.format, mode: input.mode };
  // Each branch keeps its spec's own types (a union of specs would not type-check as one).
  switch (entity) {
    case 'people':
      return runSheetImport(deps, await peopleImport(deps, actor, input.scopePaths), file, onProgress);
    case 'rooms':
      return runSheetImport(deps, await roomsImport(deps, actor, input.scopePaths), file, onProgress);
    case 'organisations':
      return runSheetImport(deps, await organisationsImport(deps, actor, input.scopePaths), file, onProgress);
  }
}
