/** Turning what a client sent into what a case keeps. Pure. */

/** The case contract's phone shape: a mobile or a landline with its area code. */
const PHONE = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

/** Chinese names are written family name first, without a space; others given name first. */
export function nameOf(first: string | undefined, last: string | undefined): string | undefined {
  const parts = [first, last].filter((p): p is string => p !== undefined);
  if (parts.length === 0) return undefined;
  const han = /\p{Script=Han}/u.test(parts.join(''));
  const name = han ? [last, first].filter(Boolean).join('') : parts.join(' ');
  return [...name].slice(0, 50).join('');
}

/** A phone number we can keep (masked by the case): a mainland mobile or landline; +86 is dropped. */
export function phoneOf(phone: string | undefined): string | undefined {
  if (phone === undefined) return undefined;
  const p = phone.replace(/[\s()]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
  return PHONE.test(p) ? p : undefined;
}

/** z***@example.com: enough for staff to recognise a reporter, not to write to them. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, Math.min(1, at))}***${email.slice(at)}`;
}

export function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
