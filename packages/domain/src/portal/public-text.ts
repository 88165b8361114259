/**
 * Text written by residents is shown on the public board only after the numbers that identify people
 * are blotted out: mobile and landline numbers, ID numbers (GB 11643), and any run of seven or more
 * digits (bank cards, and numbers cut short). Names cannot be found reliably, so the board shows the category and this cleaned text,
 * never the reporter.
 */
const PATTERNS: readonly RegExp[] = [
  /\d{17}[\dXx]/g, // ID number
  /\d{12,}/g, // cards, accounts, other long numbers
  /1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}/g, // mobile, possibly spaced
  /0\d{2,3}[\s-]?\d{7,8}/g, // landline with area code
  /\d{7,}/g, // what is left of a number cut short (a title's first 30 characters)
];

export function scrubPublicText(text: string): string {
  return PATTERNS.reduce((t, p) => t.replace(p, (m) => '*'.repeat(Math.min(m.length, 11))), text);
}

const TITLE_LENGTH = 30;

/**
 * The title of a case reported by a resident (the resident pages, Open311): the start of the
 * description on one line, with numbers blotted out before it is cut (so no fragment of a phone
 * number survives in lists and on the board).
 */
export function titleFromDescription(description: string): string {
  const chars = [...scrubPublicText(description.replace(/\s+/g, ' ').trim())];
  return chars.length > TITLE_LENGTH ? `${chars.slice(0, TITLE_LENGTH).join('').trim()}…` : chars.join('');
}
