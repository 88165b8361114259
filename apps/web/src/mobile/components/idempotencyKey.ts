/**
 * One key per report form, kept across retries: the server answers a repeated key with the case it
 * already made. crypto.randomUUID needs a secure context (not plain http on a LAN address).
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `m-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
