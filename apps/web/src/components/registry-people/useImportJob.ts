import { useEffect, useState } from 'react';
import { isAbortError } from '../../api/client.ts';
import { FINISHED_STATUSES, fetchImportJob, type ImportJob } from '../../api/registryImports.ts';

const POLL_MS = 1000;

/**
 * The job as the server last reported it, asked again every second until it is done, rejected or
 * failed. `first` is what the upload answered, shown until the first poll comes back.
 */
export function useImportJob(first: ImportJob | null): { job: ImportJob | null; error: unknown } {
  const [job, setJob] = useState<ImportJob | null>(first);
  const [error, setError] = useState<unknown>(null);
  const id = first?.id ?? null;

  useEffect(() => {
    setJob(first);
    setError(null);
    if (!id) return;
    const controller = new AbortController();
    let timer: number | undefined;
    const poll = async () => {
      try {
        const next = await fetchImportJob(id, controller.signal);
        setJob(next);
        setError(null);
        if (FINISHED_STATUSES.has(next.status)) return;
      } catch (err) {
        if (isAbortError(err)) return;
        // A failed poll is shown, and tried again: the job goes on on the server.
        setError(err);
      }
      timer = window.setTimeout(poll, POLL_MS);
    };
    if (!first || !FINISHED_STATUSES.has(first.status)) timer = window.setTimeout(poll, first ? POLL_MS : 0);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [id, first]);

  return { job, error };
}
