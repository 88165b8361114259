/**
 * The history of a registry record: each change keeps the fields that changed with their old and new
 * values. Personal numbers never go into the history in the clear: their entries hold the masked
 * forms (enough to see that the number changed and roughly to what) and say so.
 */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
  /** The values are masks of a personal number. */
  masked?: true;
}

export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  options: { masks?: Record<string, (value: string) => string> } = {},
): FieldChange[] {
  const changes: FieldChange[] = [];
  const masks = options.masks ?? {};
  for (const field of Object.keys(after)) {
    const old = before ? (before[field] ?? null) : null;
    const now = after[field] ?? null;
    if (same(old, now)) continue;
    const mask = masks[field];
    if (mask) {
      changes.push({
        field,
        old: typeof old === 'string' ? mask(old) : old,
        new: typeof now === 'string' ? mask(now) : now,
        masked: true,
      });
    } else changes.push({ field, old, new: now });
  }
  return changes;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  // Numeric columns come back from the database as strings ('86.50'): compare their values.
  if ((typeof a === 'number' && typeof b === 'string') || (typeof a === 'string' && typeof b === 'number'))
    return Number(a) === Number(b);
  return false;
}
