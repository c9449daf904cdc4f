/** Reading and checking what a worker typed about a visit: its times, place, phone, buddy and case. */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { FieldError } from '../../../platform/errors.ts';
import { findCase } from '../../pathway/case-records/index.ts';
import * as repo from './lone-working.repository.ts';

/** The longest visit. */
export const MAX_VISIT_HOURS = 12;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PHONE = /^\+?[0-9 ()-]{6,40}$/;

/** A date and time the person typed, or a field error. */
export function readMoment(value: string, field: string, errors: FieldError[], what: string): Date | null {
  const at = value.trim() ? new Date(value) : null;
  if (!at)
    errors.push({
      field,
      message: `Enter the ${what}.`,
      fix: `Give the date and time of the ${what}, for example 2026-11-23T14:30.`,
    });
  else if (Number.isNaN(at.getTime()))
    errors.push({
      field,
      message: `"${value}" is not a date and time.`,
      fix: 'Give the date and time, for example 2026-11-23T14:30.',
    });
  else return at;
  return null;
}

/** Checks a visit's expected end against its start and now. */
export function checkExpectedEnd(end: Date, start: Date, now: Date, errors: FieldError[]): void {
  if (end.getTime() <= start.getTime())
    errors.push({
      field: 'expectedEnd',
      message: 'The expected end is not after the start.',
      fix: 'Give a time after the visit starts.',
    });
  else if (end.getTime() <= now.getTime())
    errors.push({
      field: 'expectedEnd',
      message: 'The expected end has already passed.',
      fix: 'Give a time later than now.',
    });
  else if (end.getTime() - start.getTime() > MAX_VISIT_HOURS * 3_600_000)
    errors.push({
      field: 'expectedEnd',
      message: `A visit cannot last more than ${MAX_VISIT_HOURS} hours.`,
      fix: 'Check the date and time, or plan separate visits.',
    });
}

/** The fields a planned and an unplanned visit share, trimmed, with their problems added to `errors`. */
export function readVisitFields(
  input: { place: string; purpose?: string; workerPhone: string; caseId?: string | null },
  errors: FieldError[],
) {
  const place = input.place.trim();
  if (!place)
    errors.push({
      field: 'place',
      message: 'The place is missing.',
      fix: 'Enter the address or venue, so someone can find you.',
    });
  const phone = input.workerPhone.trim();
  if (!PHONE.test(phone))
    errors.push({
      field: 'workerPhone',
      message: phone ? `"${phone}" is not a phone number.` : 'Your phone number is missing.',
      fix: 'Enter the number to reach you on during the visit, for example 07700 900123.',
    });
  return { place, phone, purpose: (input.purpose ?? '').trim(), caseId: input.caseId?.trim() || null };
}

/** The buddy (an active link worker, supervisor or manager of the scheme, not the worker) and the case (the worker's own), or field errors. */
export async function checkBuddyAndCase(
  trx: Transaction<DB>,
  schemeId: string,
  workerId: string,
  buddyId: string,
  caseId: string | null,
  errors: FieldError[],
) {
  const buddy = UUID.test(buddyId) ? await repo.findBuddyCandidate(trx, schemeId, buddyId) : undefined;
  if (buddyId === workerId)
    errors.push({
      field: 'buddyId',
      message: 'You cannot be your own buddy.',
      fix: 'Choose someone else in the scheme who will be available during the visit.',
    });
  else if (!buddy)
    errors.push({
      field: 'buddyId',
      message: 'The buddy is not a link worker, supervisor or manager in this scheme.',
      fix: "Choose your buddy from the scheme's people.",
    });
  if (caseId) {
    const kase = UUID.test(caseId) ? await findCase(trx, caseId) : undefined;
    if (!kase || kase.scheme_id !== schemeId || kase.worker_id !== workerId)
      errors.push({
        field: 'caseId',
        message: 'That is not one of your cases in this scheme.',
        fix: 'Start from one of your cases, or leave the case out.',
      });
  }
  return buddyId === workerId ? undefined : buddy;
}
