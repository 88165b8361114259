import { type DependencyList, useEffect, useState } from 'react';
import { isAbortError } from '../api/client.ts';

export interface AsyncState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
}

/**
 * Runs `load` whenever `deps` change, aborting the previous run; `load` returning null means
 * "nothing to load" and leaves the state empty.
 */
export function useAsync<T>(
  load: (signal: AbortSignal) => Promise<T> | null,
  deps: DependencyList,
): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ data: null, error: null, loading: false });

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
  }, deps);
  // biome-ignore-end lint/correctness/useExhaustiveDependencies: end of the effect above.

  return state;
}
