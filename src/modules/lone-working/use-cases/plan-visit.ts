import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { Actor, UserActor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { fail, type FieldError } from '../../../platform/errors.ts';
import { findCase } from '../../case-records/index.ts';
import { resolveScheme } from '../../schemes/index.ts';
import { nextDueAt } from '../escalation-ladder.ts';
import * as repo from '../lone-working.repository.ts';
import type { PlanBody, VisitView } from '../lone-working.schemas.ts';
import { scheduleVisitCheck } from '../visit-alerts.ts';
import { ukTime } from '../uk-time.ts';
import { loadVisitView } from './load-visit.ts';

/** How far in the past a start may be (the worker planning as they arrive), and the longest visit. */
export const START_SKEW_MINUTES = 15;
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

export interface NewVisit {
  fields: ReturnType<typeof readVisitFields>;
  buddy: { id: string; name: string };
  start: Date;
  end: Date;
  /** An unplanned visit starts now and is checked in as it is created. */
  unplanned: boolean;
}

/** Writes a checked visit with its timeline, audit row and overdue check, all in the caller's transaction. */
export async function createVisit(
  ctx: AppContext,
  trx: Transaction<DB>,
  actor: UserActor,
  schemeId: string,
  v: NewVisit,
  now: Date,
): Promise<string> {
  const { fields, buddy, start, end } = v;
  const id = await repo.insertVisit(trx, {
    schemeId,
    workerId: actor.userId,
    caseId: fields.caseId,
    place: fields.place,
    purpose: fields.purpose,
    plannedStart: start,
    expectedEnd: end,
    buddyId: buddy.id,
    workerPhone: fields.phone,
    at: now,
    ...(v.unplanned ? { checkedInAt: now } : {}),
  });
  await repo.insertVisitEvent(trx, {
    schemeId,
    visitId: id,
    kind: 'planned',
    at: now,
    byUserId: actor.userId,
    detail: `${v.unplanned ? 'unplanned visit, ' : ''}${ukTime(start)} to ${ukTime(end)}, buddy ${buddy.name}`,
  });
  if (v.unplanned)
    await repo.insertVisitEvent(trx, {
      schemeId,
      visitId: id,
      kind: 'checked_in',
      at: now,
      byUserId: actor.userId,
      detail: 'started as an unplanned visit',
    });
  await recordAudit(trx, actor, {
    action: v.unplanned ? 'lone-working.unplanned' : 'lone-working.plan',
    recordType: 'lone_working_visit',
    recordId: id,
    schemeId,
    detail: {
      buddyId: buddy.id,
      caseId: fields.caseId,
      plannedStart: start.toISOString(),
      expectedEnd: end.toISOString(),
    },
  });
  const settings = await repo.loneWorkingSettings(trx, schemeId);
  const dueAt = nextDueAt(
    {
      status: v.unplanned ? 'checked_in' : 'planned',
      expectedEnd: end,
      alertLevel: 0,
      lastAlertAt: null,
      acknowledgedAt: null,
      escalationEndedAt: null,
      helpRequestedAt: null,
    },
    settings,
  );
  await scheduleVisitCheck(ctx, trx, { schemeId, visitId: id, expectedEnd: end, level: 0 }, dueAt);
  return id;
}

/**
 * Plans a home or community visit for the signed-in worker, with a buddy who is told if they do
 * not check out; the overdue check is queued in the same transaction, for the expected end plus grace.
 * Every field is checked before anything is written, and all problems are reported together.
 */
export async function planVisit(ctx: AppContext, actor: Actor, slug: string, input: PlanBody): Promise<VisitView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'lone-working.plan');
  if (actor.kind !== 'user') throw fail.forbidden('Visits are planned by the worker making them.');
  const now = ctx.now();
  const errors: FieldError[] = [];
  const fields = readVisitFields(input, errors);
  const start = readMoment(input.plannedStart, 'plannedStart', errors, 'start');
  if (start && start.getTime() < now.getTime() - START_SKEW_MINUTES * 60_000) {
    errors.push({
      field: 'plannedStart',
      message: `The start is more than ${START_SKEW_MINUTES} minutes ago.`,
      fix: 'Plan visits before they start; give the start time as now or later.',
    });
  }
  if (start && start.getTime() > now.getTime() + 366 * 86_400_000)
    errors.push({ field: 'plannedStart', message: 'The start is more than a year ahead.', fix: 'Check the year.' });
  const end = readMoment(input.expectedEnd, 'expectedEnd', errors, 'expected end');
  if (start && end) checkExpectedEnd(end, start, now, errors);

  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const buddy = await checkBuddyAndCase(trx, scheme.id, actor.userId, input.buddyId, fields.caseId, errors);
    if (errors.length > 0 || !start || !end || !buddy) throw fail.validation(errors);
    const id = await createVisit(ctx, trx, actor, scheme.id, { fields, buddy, start, end, unplanned: false }, now);
    return loadVisitView(trx, actor, id, now);
  });
}
