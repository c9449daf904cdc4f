/**
 * The checks on times a person enters for work with a case: a real date-time, not in the future,
 * and not before the referral arrived.
 */
import { fail } from '../../../platform/errors.ts';
import { formatLondonDate } from '../../../platform/format-london.ts';

/** The few minutes' leeway either way for clocks that disagree. */
const SKEW_MS = 5 * 60_000;

/** A time a person entered: a real date-time, not in the future. */
export function pastTime(value: string | undefined, field: string, now: Date): Date {
  if (value === undefined || value === '') return now;
  const at = new Date(value);
  if (Number.isNaN(at.getTime()))
    throw fail.field(
      field,
      `"${value}" is not a date and time.`,
      'Give the date and time, for example 2026-11-23T14:30.',
    );
  if (at.getTime() > now.getTime() + SKEW_MS)
    throw fail.field(field, 'This is in the future.', "Record what has happened; give today's date or an earlier one.");
  return at;
}

/** Work with a person cannot predate their referral: such a date is a typing slip. */
export function notBeforeReferral(at: Date, receivedAt: Date, field: string): void {
  if (at.getTime() < receivedAt.getTime() - SKEW_MS) {
    throw fail.field(
      field,
      `This is before the referral was received (${formatLondonDate(receivedAt)}).`,
      'Check the date: record when it actually happened.',
    );
  }
}
