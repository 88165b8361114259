import type {
  Crs,
  GridImportInvalidDetails,
  GridImportPreview,
  GridImportProblem,
  GridImportResult,
} from '@wangge/contracts';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, isAbortError } from '../../api/client.ts';
import { importGrids } from '../../api/org.ts';
import type { GeoJsonFile } from './readGeoJsonFile.ts';

export type ImportMode = 'create' | 'replace';

export type ImportCheck =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'valid'; result: GridImportResult; preview: GridImportPreview | null }
  | { status: 'invalid'; problems: GridImportProblem[]; preview: GridImportPreview | null }
  | { status: 'failed'; error: unknown };

export interface GridImportState {
  file: GeoJsonFile | null;
  crs: Crs;
  mode: ImportMode;
  check: ImportCheck;
  importing: boolean;
  /** The last successful import. */
  done: GridImportResult | null;
  importError: unknown;
}

function invalidDetails(error: unknown): GridImportInvalidDetails | null {
  if (!(error instanceof ApiError) || error.code !== 'ORG_IMPORT_INVALID') return null;
  const details = error.details as GridImportInvalidDetails | undefined;
  return details && Array.isArray(details.features) ? details : null;
}

/**
 * A grid import in two steps: every change of file, coordinate system or mode runs a dry run with
 * preview (the server checks everything, writes nothing and converts the shapes to WGS-84 for the
 * map); the import itself is sent only after a dry run passed. `onImported` runs after a write.
 */
export function useGridImport(onImported: (result: GridImportResult) => void) {
  const [file, setFile] = useState<GeoJsonFile | null>(null);
  const [crs, setCrs] = useState<Crs>('WGS84');
  const [mode, setMode] = useState<ImportMode>('create');
  const [check, setCheck] = useState<ImportCheck>({ status: 'idle' });
  const [round, setRound] = useState(0);
  const [importing, setImporting] = useState(false);
  const [done, setDone] = useState<GridImportResult | null>(null);
  const [importError, setImportError] = useState<unknown>(null);

  useEffect(() => {
    setImportError(null);
    if (!file) {
      setCheck({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setCheck({ status: 'checking' });
    importGrids(
      { crs, mode, dryRun: true, preview: true, featureCollection: file.collection },
      controller.signal,
    ).then(
      (result) => {
        if (!controller.signal.aborted)
          setCheck({ status: 'valid', result, preview: result.preview ?? null });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        const details = invalidDetails(error);
        setCheck(
          details
            ? { status: 'invalid', problems: details.features, preview: details.preview ?? null }
            : { status: 'failed', error },
        );
      },
    );
    return () => controller.abort();
  }, [file, crs, mode, round]);

  const choose = useCallback((next: GeoJsonFile | null) => {
    setDone(null);
    setFile(next);
  }, []);

  const recheck = useCallback(() => setRound((n) => n + 1), []);

  const submit = useCallback(async () => {
    if (!file || check.status !== 'valid') return;
    setImporting(true);
    setImportError(null);
    try {
      const result = await importGrids({ crs, mode, featureCollection: file.collection });
      setDone(result);
      setFile(null);
      onImported(result);
    } catch (error) {
      // Someone else may have written in between: show the new problems like a dry run's.
      const details = invalidDetails(error);
      if (details) setCheck({ status: 'invalid', problems: details.features, preview: check.preview });
      else setImportError(error);
    } finally {
      setImporting(false);
    }
  }, [file, check, crs, mode, onImported]);

  const state: GridImportState = { file, crs, mode, check, importing, done, importError };
  return { state, choose, setCrs, setMode, recheck, submit };
}
