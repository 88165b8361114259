import type { LocateResult } from '@wangge/contracts';
import { useCallback, useRef, useState } from 'react';
import { locate } from '../api/org.ts';

export interface LocateState {
  point: { lng: number; lat: number } | null;
  result: LocateResult | null;
  error: unknown;
  loading: boolean;
}

const IDLE: LocateState = { point: null, result: null, error: null, loading: false };

/** Asks the server which grid a clicked point is in; only the latest click counts. */
export function useLocate() {
  const [state, setState] = useState<LocateState>(IDLE);
  const latest = useRef(0);

  const run = useCallback((lng: number, lat: number) => {
    const request = ++latest.current;
    setState({ point: { lng, lat }, result: null, error: null, loading: true });
    locate(lng, lat).then(
      (result) =>
        request === latest.current && setState({ point: { lng, lat }, result, error: null, loading: false }),
      (error: unknown) =>
        request === latest.current && setState({ point: { lng, lat }, result: null, error, loading: false }),
    );
  }, []);

  const clear = useCallback(() => {
    latest.current++;
    setState(IDLE);
  }, []);

  return { ...state, run, clear };
}
