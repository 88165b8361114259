import type { LocationSource } from '../api/types.ts';

/** A point for the report: WGS-84 always (the browser's Geolocation API and our maps both give WGS-84). */
export interface PickedLocation {
  lng: number;
  lat: number;
  source: LocationSource;
  /** The phone's own estimate, in metres (device positions only). */
  accuracyM?: number;
}

export type DeviceLocationProblem = 'unsupported' | 'denied' | 'unavailable' | 'timeout';

/** The phone's position (W3C Geolocation: WGS-84), asked once with a 15 s limit. */
export function devicePosition(): Promise<PickedLocation> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator) || !window.isSecureContext) {
      reject('unsupported' satisfies DeviceLocationProblem);
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) =>
        resolve({
          lng: position.coords.longitude,
          lat: position.coords.latitude,
          source: 'device',
          accuracyM: Math.round(position.coords.accuracy),
        }),
      (error) => {
        const problem: DeviceLocationProblem =
          error.code === error.PERMISSION_DENIED
            ? 'denied'
            : error.code === error.TIMEOUT
              ? 'timeout'
              : 'unavailable';
        reject(problem);
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 30_000 },
    );
  });
}

export const formatCoord = (value: number) => value.toFixed(6);
