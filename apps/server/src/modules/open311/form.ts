/**
 * Form bodies (`application/x-www-form-urlencoded`) and query strings as GeoReport v2 reads them:
 * every key with all its values in order (a multivaluelist attribute repeats its key), and an empty
 * value the same as an absent one ("optional" in the spec).
 */
export type Fields = Readonly<Record<string, readonly string[]>>;

/** Parses a form body, keeping repeated keys. Keys are data here, so the record has no prototype. */
export function parseForm(body: string): Fields {
  const out: Record<string, string[]> = Object.create(null);
  for (const [k, v] of new URLSearchParams(body)) {
    const list = out[k] ?? [];
    list.push(v);
    out[k] = list;
  }
  return out;
}

/** Fastify's parsed query string (a value or a list per key) in the same shape. */
export function fieldsOfQuery(query: unknown): Fields {
  const out: Record<string, string[]> = Object.create(null);
  if (!query || typeof query !== 'object') return out;
  for (const [k, v] of Object.entries(query as Record<string, unknown>)) {
    const list = Array.isArray(v) ? v : [v];
    out[k] = list.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

/** The first non-blank value of a field, trimmed at neither end (descriptions keep their text). */
export function field(fields: Fields, name: string): string | undefined {
  return fields[name]?.find((v) => v.trim() !== '');
}

/** The first non-blank value from the first source that has one (form body before query string). */
export function fieldOf(sources: readonly Fields[], name: string): string | undefined {
  for (const s of sources) {
    const v = field(s, name);
    if (v !== undefined) return v;
  }
  return undefined;
}
