/**
 * Timestamps from raw SQL come back as Dates or as strings depending on the driver (node-postgres,
 * PGlite): this is their ISO form either way.
 */
export function iso(value: Date | string): string;
export function iso(value: Date | string | null): string | null;
export function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
