import { z } from 'zod';

/** Every error response: a stable code, a message in the request's language, and both texts. */
export const ErrorResponse = z
  .object({
    code: z.string().describe('Stable machine-readable code, e.g. ORG_GRID_NOT_FOUND'),
    message: z.string().describe('Message in the language the client asked for (Accept-Language)'),
    messages: z.object({ 'zh-CN': z.string(), en: z.string() }),
    requestId: z.string(),
    details: z.unknown().optional(),
  })
  .meta({ id: 'Error' });
export type ErrorResponse = z.infer<typeof ErrorResponse>;

/** Coordinate systems accepted at the edge; the database holds WGS-84 only. */
export const Crs = z.enum(['WGS84', 'GCJ02', 'BD09']).describe('Coordinate system of the input');
export type Crs = z.infer<typeof Crs>;

export const Longitude = z.number().min(-180).max(180);
export const Latitude = z.number().min(-90).max(90);

export const DivisionCode = z
  .string()
  .regex(/^[1-9]\d{5}(\d{3}(\d{3})?)?$/, 'a 6-, 9- or 12-digit division code');
export const GridCode = z.string().regex(/^[1-9]\d{14}$/, 'a 15-digit grid code');

export const Geometry = z
  .object({ type: z.string(), coordinates: z.unknown() })
  .describe('GeoJSON geometry (WGS-84 in responses)');
