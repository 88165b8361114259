import { useEffect, useState } from 'react';
import { isAbortError } from '../api/http.ts';
import { fetchNearby } from '../api/report.ts';
import type { Nearby } from '../api/types.ts';

/** Open cases near the chosen point (of the chosen category), looked up as either changes. */
export function useNearby(point: { lng: number; lat: number } | null, category: string | null): Nearby[] {
  const [items, setItems] = useState<Nearby[]>([]);
  const lng = point?.lng;
  const lat = point?.lat;
  useEffect(() => {
    if (lng === undefined || lat === undefined) {
      setItems([]);
      return;
    }
    const controller = new AbortController();
    fetchNearby({ lng, lat }, category, controller.signal).then(
      (found) => setItems(found.items),
      (error: unknown) => {
        // A failed look-up just shows nothing: the resident can still report.
        if (!isAbortError(error)) setItems([]);
      },
    );
    return () => controller.abort();
  }, [lng, lat, category]);
  return items;
}
