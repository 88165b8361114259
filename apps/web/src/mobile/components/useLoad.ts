import { type DependencyList, useCallback, useEffect, useState } from 'react';
import { isAbortError } from '../api/http.ts';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  /** Loads again (after an action, or from a retry button). */
  reload: () => void;
  /** Replaces the data without a request (an action answered with it). */
  set: (data: T) => void;
}

/** Runs `load` when `deps` change or on reload(), aborting the previous run; null means "nothing to load". */
export function useLoad<T>(
  load: (signal: AbortSignal) => Promise<T> | null,
  deps: DependencyList,
): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const [tick, setTick] = useState(0);

  // biome-ignore-start lint/correctness/useExhaustiveDependencies: the caller lists what `load` depends on.
  useEffect(() => {
    const controller = new AbortController();
    const promise = load(controller.signal);
    if (!promise) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    setState((previous) => ({ data: previous.data, error: null, loading: true }));
    promise.then(
      (data) => !controller.signal.aborted && setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState((previous) => ({ data: previous.data, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [...deps, tick]);
  // biome-ignore-end lint/correctness/useExhaustiveDependencies: end of the effect above.

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const set = useCallback((data: T) => setState({ data, error: null, loading: false }), []);
  return { ...state, reload, set };
}
