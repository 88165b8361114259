/**
 * The number residents and callers see: district code + local date + daily sequence,
 * e.g. 370102-20261121-00042. Never a UUID.
 */
export function formatCaseNumber(districtCode: string, localDay: string, sequence: number): string {
  if (!/^\d{6}$/.test(districtCode)) throw new RangeError(`district code must be 6 digits: ${districtCode}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(localDay)) throw new RangeError(`day must be YYYY-MM-DD: ${localDay}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99999) {
    throw new RangeError(`sequence out of range: ${sequence}`);
  }
  return `${districtCode}-${localDay.replaceAll('-', '')}-${String(sequence).padStart(5, '0')}`;
}

export const CASE_NUMBER_PATTERN = /^\d{6}-\d{8}-\d{5}$/;

/** The local (China, UTC+8) calendar day of an instant, as YYYY-MM-DD. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
