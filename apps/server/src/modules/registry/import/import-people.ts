import { matchPersonHeaders } from '@wangge/domain';
import type { Actor, Deps } from '../../../http/types.ts';
import { openSheet, type SheetFormat } from '../../../lib/sheets/index.ts';
import { loadPlaceIndex } from './place-index.ts';
import { type PreparedPerson, preparePersonRow, type RowProblem } from './prepare-person-row.ts';
import { type ChunkCaches, updatableColumns, writePeopleChunk } from './write-people-chunk.ts';

export type ImportMode = 'all_or_nothing' | 'valid_only';

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface ImportOutcome extends ImportProgress {
  /** done: written (valid rows, or all); rejected: all-or-nothing with errors, or a file we cannot use. */
  status: 'done' | 'rejected';
  problems: RowProblem[];
  /** Why a whole file was refused (headers missing, unreadable). */
  fileProblem: { code: string; params?: Record<string, string | number> } | null;
}

/** Rows per transaction in valid-rows mode and per multi-row statement in both. */
const CHUNK = 500;
/** An all-or-nothing import that already failed stops reporting after this many problems (the file is refused anyway). */
const MAX_PROBLEMS = 100_000;

class Rollback extends Error {}

/**
 * Imports people from a spreadsheet, streaming: rows are read, checked and written in chunks, so a
 * file of 100,000 rows needs no more memory than a chunk and the problem list. Each row is checked
 * by the same rules as the form; a number already registered is updated in place (only the columns
 * the file has, and only if something changed); a number twice in the file is refused on its second
 * row. `valid_only` commits each chunk's good rows; `all_or_nothing` writes in one transaction and
 * rolls it back if any row failed. Either way a second run of the same file changes nothing.
 */
export async function importPeople(
  deps: Deps,
  actor: Actor,
  input: { path: string; format: SheetFormat; mode: ImportMode; scopePaths: readonly string[] },
  onProgress: (p: ImportProgress) => void = () => {},
): Promise<ImportOutcome> {
  const now = deps.clock.now();
  const sheet = openSheet(input.path, input.format);
  const progress: ImportProgress = {
    bytesRead: 0,
    totalBytes: 0,
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
  };
  const problems: RowProblem[] = [];
  const report = () => {
    Object.assign(progress, sheet.progress());
    onProgress({ ...progress });
  };
  const places = await loadPlaceIndex(deps.db, input.scopePaths);
  const caches: ChunkCaches = { rooms: new Map(), households: new Map() };
  const seen = new Map<string, number>();
  let header: ReturnType<typeof matchPersonHeaders> | null = null;
  let updatable = new Set<string>();
  let fileProblem: ImportOutcome['fileProblem'] = null;

  const rowsOf = async function* () {
    let chunk: PreparedPerson[] = [];
    for await (const row of sheet.rows()) {
      if (!header) {
        header = matchPersonHeaders(row.cells);
        if (header.missing.length > 0) {
          fileProblem = {
            code: 'HEADERS_MISSING',
            params: { columns: header.missing.map((c) => c.zh).join('、') },
          };
          return;
        }
        updatable = updatableColumns(header.index.keys());
        continue;
      }
      progress.rowsRead++;
      const r = preparePersonRow(deps.config, places, header, row, now);
      if (!r.ok) {
        progress.failed++;
        if (problems.length < MAX_PROBLEMS) problems.push(...r.problems);
        continue;
      }
      const first = seen.get(r.prepared.columns.id_number_hash);
      if (first !== undefined) {
        progress.failed++;
        problems.push({
          row: row.rowNumber,
          column: '证件号码',
          value: '',
          code: 'DUPLICATE_IN_FILE',
          params: { row: first },
        });
        continue;
      }
      seen.set(r.prepared.columns.id_number_hash, row.rowNumber);
      chunk.push(r.prepared);
      if (chunk.length >= CHUNK) {
        yield chunk;
        chunk = [];
      }
    }
    if (!header) fileProblem = { code: 'FILE_EMPTY' };
    if (chunk.length > 0) yield chunk;
  };

  const write = async (
    tx: Parameters<Parameters<Deps['db']['transaction']>[0]>[0],
    chunk: PreparedPerson[],
  ) => {
    const out = await writePeopleChunk(tx, actor, now, chunk, {
      config: deps.config,
      scopePaths: input.scopePaths,
      updatable,
      caches,
    });
    progress.inserted += out.inserted;
    progress.updated += out.updated;
    progress.unchanged += out.unchanged;
    progress.failed += out.problems.length;
    problems.push(...out.problems);
    report();
  };

  if (input.mode === 'valid_only') {
    for await (const chunk of rowsOf()) {
      // A chunk whose transaction fails (rooms and households it made included) is rolled back whole;
      // its rows must not be counted as written, so retry it row by row is not attempted: it is an error.
      await deps.db.transaction((tx) => write(tx, chunk));
    }
    report();
  } else {
    try {
      await deps.db.transaction(async (tx) => {
        for await (const chunk of rowsOf()) {
          if (progress.failed > 0) {
            report();
            continue; // keep reading to report every problem, write nothing more
          }
          await write(tx, chunk);
        }
        if (progress.failed > 0 || fileProblem) throw new Rollback();
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    report();
    if (progress.failed > 0) {
      progress.inserted = 0;
      progress.updated = 0;
      progress.unchanged = 0;
    }
  }
  problems.sort((a, b) => a.row - b.row);
  const rejected = fileProblem !== null || (input.mode === 'all_or_nothing' && progress.failed > 0);
  return { ...progress, status: rejected ? 'rejected' : 'done', problems, fileProblem };
}
