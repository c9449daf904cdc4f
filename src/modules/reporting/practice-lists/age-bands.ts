/**
 * The five-year age bands NHS Digital publishes registered practice lists in ('0-4', '5-9' … '90-94', '95+'): the
 * equity report bands people's age at referral the same way (equity_age_band in 0046) so the two compare.
 */
import { ageOn } from '../../pathway/patients/index.ts';

/** Every band, youngest first. */
export const AGE_BANDS: readonly string[] = [...Array.from({ length: 19 }, (_, i) => `${i * 5}-${i * 5 + 4}`), '95+'];

/** The band of an age in whole years. */
export function ageBandOf(years: number): string {
  if (years >= 95) return '95+';
  const low = Math.floor(years / 5) * 5;
  return `${low}-${low + 4}`;
}

/** The band of a person's age on a day (both 'YYYY-MM-DD'), or 'unknown' without a date of birth or before it. */
export function ageBandOn(dateOfBirth: string | null, day: string): string {
  if (!dateOfBirth || dateOfBirth > day) return 'unknown';
  return ageBandOf(ageOn(dateOfBirth, day));
}

/** Where a band sorts: youngest first, 'unknown' last. */
export function ageBandOrder(band: string): number {
  const index = AGE_BANDS.indexOf(band);
  return index >= 0 ? index : AGE_BANDS.length;
}

/**
 * The band of an AGE_GROUP_5 cell ('0_4', '5_9' … '90_94', '95+'), or null when it is not one. Spaces, dashes and
 * "to" are accepted between the ends, as spreadsheets re-save them.
 */
export function bandOfQuinaryCell(cell: string): string | null {
  const text = cell.trim().toUpperCase();
  if (/^95(\+|_?PLUS|\s*AND\s*OVER)$/.test(text)) return '95+';
  const m = /^(\d{1,2})\s*(?:_|-|TO)\s*(\d{1,2})$/.exec(text);
  if (!m) return null;
  const low = Number(m[1]);
  const high = Number(m[2]);
  if (low % 5 !== 0 || high !== low + 4 || low > 90) return null;
  return `${low}-${high}`;
}

/** The band of a single-year AGE cell ('0' … '94', '95+'), or null when it is not one. */
export function bandOfSingleYearCell(cell: string): string | null {
  const text = cell.trim().toUpperCase();
  if (/^95(\+|_?PLUS|\s*AND\s*OVER)$/.test(text)) return '95+';
  if (!/^\d{1,3}$/.test(text)) return null;
  const years = Number(text);
  return years <= 94 ? ageBandOf(years) : null;
}
