import { useEffect, useState } from 'react';
import { isAbortError } from '../api/http.ts';
import { locatePoint } from '../api/report.ts';

export interface GridName {
  loading: boolean;
  /** Whether the answer came (a point outside every grid has no name). */
  known: boolean;
  name: string | null;
  /** Outside every grid: the nearest within 1 km. */
  nearest: { name: string; distanceM: number } | null;
}

/** The grid a WGS-84 point lies in (or the nearest within 1 km), looked up as the point changes. */
export function useGridName(point: { lng: number; lat: number } | null): GridName {
  const [state, setState] = useState<GridName>({ loading: false, known: false, name: null, nearest: null });
  const lng = point?.lng;
  const lat = point?.lat;
  useEffect(() => {
    if (lng === undefined || lat === undefined) {
      setState({ loading: false, known: false, name: null, nearest: null });
      return;
    }
    const controller = new AbortController();
    setState({ loading: true, known: false, name: null, nearest: null });
    locatePoint({ lng, lat }, controller.signal).then(
      (found) =>
        setState({
          loading: false,
          known: true,
          name: found.grid?.name ?? null,
          nearest: found.nearest
            ? { name: found.nearest.name, distanceM: Math.round(found.nearest.distanceM) }
            : null,
        }),
      (error: unknown) => {
        // Only a hint: the report's answer names the grid for certain.
        if (!isAbortError(error)) setState({ loading: false, known: false, name: null, nearest: null });
      },
    );
    return () => controller.abort();
  }, [lng, lat]);
  return state;
}
