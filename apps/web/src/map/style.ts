import type { StyleSpecification } from 'maplibre-gl';
import { PALETTE } from './palette.ts';

/** A style that needs no network: just a plain background. Our layers are added on load. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': PALETTE.background } }],
  };
}
