import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { AppError, fail, type FieldError } from '../../../platform/errors.ts';
import { safetyContacts } from '../../notifications/index.ts';
import { resolveScheme, type SchemeRef } from '../../schemes/index.ts';
import { checkInRefusal, checkInWindow, expectedEndFromCheckIn } from '../check-in-window.ts';
import { isHelpActive, nextDueAt } from '../escalation-ladder.ts';
import * as repo from '../lone-working.repository.ts';
import type { VisitView } from '../lone-working.schemas.ts';
import { ladderVisit } from '../present-visit.ts';
import { ukTime } from '../uk-time.ts';
import { alertRecipients, scheduleVisitCheck, sendAlertCleared } from '../visit-alerts.ts';
import type { VisitNeed } from '../visit-access.ts';
import { visitStates, type VisitEvent } from '../visit-states.ts';
import { loadVisit, loadVisitView } from './load-visit.ts';
import { checkExpectedEnd, readMoment } from './plan-visit.ts';

export interface VisitWork {
  trx: Transaction<DB>;
  scheme: SchemeRef;
  visit: repo.VisitRow;
  now: Date;
  byUserId: string;
}

export interface VisitChangeRequest {
  need: VisitNeed;
  event?: VisitEvent;
  version?: number;
  audit: { action: string; detail?: Record<string, unknown> };
  work: (w: VisitWork) => Promise<repo.VisitChanges>;
}

/**
 * Every change to a visit goes through here: the policy and the relationship, the state machine,
 * optimistic locking (with the row locked, so the overdue check cannot run half-way through),
 * and the audit row in the same transaction.
 */
export async function changeVisit(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  request: VisitChangeRequest,
): Promise<VisitView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'lone-working.plan');
  if (actor.kind !== 'user') throw fail.forbidden('Visits are changed by the people on them.');
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const visit = await loadVisit(trx, actor, id, request.need, true);
    const status = request.event ? visitStates.next(visit.status, request.event) : visit.status;
    if (request.version !== undefined && request.version !== visit.version) throw fail.editConflict('visit', visit);
    const changes = await request.work({ trx, scheme, visit, now, byUserId: actor.userId });
    if (
      !(await repo.updateVisit(
        trx,
        id,
        visit.version,
        { ...changes, ...(status !== visit.status ? { status } : {}) },
        now,
      ))
    )
      throw fail.editConflict('visit', visit);
    await recordAudit(trx, actor, {
      action: request.audit.action,
      recordType: 'lone_working_visit',
      recordId: id,
      schemeId: scheme.id,
      detail: { ...(status !== visit.status ? { from: visit.status, to: status } : {}), ...request.audit.detail },
    });
    return loadVisitView(trx, actor, id, now);
  });
}

/** After an alert, the worker being in touch (checking out, extending, cancelling) tells everyone who was alerted. */
async function clearAlert(ctx: AppContext, w: VisitWork, what: string): Promise<void> {
  // A call for help is closed only by someone acknowledging it: the worker may not be free to say they are safe.
  if (w.visit.alert_level === 0 || w.visit.acknowledged_at || isHelpActive(ladderVisit(w.visit))) return;
  const contacts = await safetyContacts(w.trx, w.scheme.id, w.visit.worker_id);
  await sendAlertCleared(ctx, w.trx, w.visit, alertRecipients(w.visit, contacts, w.visit.alert_level), what);
}

/**
 * The worker has arrived and started the visit. Only inside the check-in window (from the scheme's
 * minutes before the planned start until the planned end): checking in to tomorrow's visit today
 * would leave today's real visit unprotected. The expected end becomes the actual check-in time plus
 * the planned length, and the overdue check is queued again for it (the old one finds itself stale).
 */
export function checkIn(ctx: AppContext, actor: Actor, slug: string, id: string): Promise<VisitView> {
  return changeVisit(ctx, actor, slug, id, {
    need: 'work',
    event: 'check-in',
    audit: { action: 'lone-working.check-in' },
    work: async ({ trx, scheme, visit, now, byUserId }) => {
      const settings = await repo.loneWorkingSettings(trx, scheme.id);
      const planned = { plannedStart: visit.planned_start, expectedEnd: visit.expected_end };
      const window = checkInWindow(planned, settings.checkInWindowMinutes);
      const refusal = checkInRefusal(window, now);
      if (refusal)
        throw new AppError('illegal-transition', refusal, {
          extra: { checkInFrom: window.from.toISOString(), checkInUntil: window.until.toISOString() },
        });
      const end = expectedEndFromCheckIn(planned, now);
      const early = now.getTime() < visit.planned_start.getTime();
      await repo.insertVisitEvent(trx, {
        schemeId: scheme.id,
        visitId: id,
        kind: 'checked_in',
        at: now,
        byUserId,
        detail: `expected to finish by ${ukTime(end)}`,
      });
      if (!isHelpActive(ladderVisit(visit))) {
        const fresh = {
          ...ladderVisit(visit),
          status: 'checked_in' as const,
          expectedEnd: end,
          alertLevel: 0,
          lastAlertAt: null,
        };
        await scheduleVisitCheck(
          ctx,
          trx,
          { schemeId: scheme.id, visitId: id, expectedEnd: end, level: 0 },
          nextDueAt(fresh, settings),
        );
      }
      // An early start moves the planned start with it, so the visit keeps its planned length.
      return { checked_in_at: now, expected_end: end, ...(early ? { planned_start: now } : {}) };
    },
  });
}

/** The worker has left safely; also when overdue, which clears the alert and tells the buddy and managers. */
export function checkOut(ctx: AppContext, actor: Actor, slug: string, id: string): Promise<VisitView> {
  return changeVisit(ctx, actor, slug, id, {
    need: 'work',
    event: 'check-out',
    audit: { action: 'lone-working.check-out' },
    work: async (w) => {
      const late = w.now.getTime() > w.visit.expected_end.getTime();
      await repo.insertVisitEvent(w.trx, {
        schemeId: w.scheme.id,
        visitId: id,
        kind: 'checked_out',
        at: w.now,
        byUserId: w.byUserId,
        detail: late ? `after the expected end (${ukTime(w.visit.expected_end)})` : '',
      });
      await clearAlert(ctx, w, `${w.visit.worker_name} has checked out and is safe`);
      return { checked_out_at: w.now };
    },
  });
}

/** Moves the expected end later; the old overdue check finds itself stale and a new one is queued. */
export function extendVisit(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: { version: number; expectedEnd: string; reason?: string },
): Promise<VisitView> {
  return changeVisit(ctx, actor, slug, id, {
    need: 'work',
    event: 'extend',
    version: input.version,
    audit: { action: 'lone-working.extend', detail: { expectedEnd: input.expectedEnd } },
    work: async (w) => {
      const errors: FieldError[] = [];
      const end = readMoment(input.expectedEnd, 'expectedEnd', errors, 'new expected end');
      if (end) checkExpectedEnd(end, w.visit.planned_start, w.now, errors);
      if (end && errors.length === 0 && end.getTime() <= w.visit.expected_end.getTime()) {
        errors.push({
          field: 'expectedEnd',
          message: `The new end is not later than the current one (${ukTime(w.visit.expected_end)}).`,
          fix: 'Give a later time; to finish early, check out.',
        });
      }
      if (errors.length > 0 || !end) throw fail.validation(errors);
      const reason = (input.reason ?? '').trim();
      await repo.insertVisitEvent(w.trx, {
        schemeId: w.scheme.id,
        visitId: id,
        kind: 'extended',
        at: w.now,
        byUserId: w.byUserId,
        detail: `from ${ukTime(w.visit.expected_end)} to ${ukTime(end)}${reason ? `. ${reason}` : ''}`,
      });
      await clearAlert(ctx, w, `${w.visit.worker_name} is in touch and has extended the visit to ${ukTime(end)}`);
      // A call for help keeps escalating until someone acknowledges it, whatever the new end.
      if (isHelpActive(ladderVisit(w.visit))) return { expected_end: end };
      const settings = await repo.loneWorkingSettings(w.trx, w.scheme.id);
      const fresh = { ...ladderVisit(w.visit), expectedEnd: end, alertLevel: 0, lastAlertAt: null };
      await scheduleVisitCheck(
        ctx,
        w.trx,
        { schemeId: w.scheme.id, visitId: id, expectedEnd: end, level: 0 },
        nextDueAt(fresh, settings),
      );
      // A new end starts a new ladder: an earlier alert and its acknowledgement stay on the timeline and in the audit log.
      return {
        expected_end: end,
        alert_level: 0,
        escalation_ended_at: null,
        acknowledged_at: null,
        acknowledged_by: null,
        acknowledgement_note: null,
      };
    },
  });
}

/** Cancels a visit that has not started; if it had already raised an alert, the people alerted are told. */
export function cancelVisit(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: { version: number; reason?: string },
): Promise<VisitView> {
  return changeVisit(ctx, actor, slug, id, {
    need: 'work',
    event: 'cancel',
    version: input.version,
    audit: { action: 'lone-working.cancel' },
    work: async (w) => {
      await repo.insertVisitEvent(w.trx, {
        schemeId: w.scheme.id,
        visitId: id,
        kind: 'cancelled',
        at: w.now,
        byUserId: w.byUserId,
        detail: (input.reason ?? '').trim(),
      });
      await clearAlert(ctx, w, `${w.visit.worker_name} cancelled the visit`);
      return {};
    },
  });
}

/** The buddy, a supervisor or a manager records that they know the worker is safe (or what they have done): escalation stops. */
export function acknowledgeAlert(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: { note: string },
): Promise<VisitView> {
  const note = input.note.trim();
  if (!note)
    throw fail.field(
      'note',
      'Say what you did and found.',
      'For example: "Called Jordan, she is safe, phone had died".',
    );
  return changeVisit(ctx, actor, slug, id, {
    need: 'acknowledge',
    audit: { action: 'lone-working.acknowledge' },
    work: async (w) => {
      if (w.visit.acknowledged_at)
        throw new AppError(
          'illegal-transition',
          `${w.visit.acknowledged_by_name ?? 'Someone'} already acknowledged this alert at ${ukTime(w.visit.acknowledged_at)}.`,
        );
      if (w.visit.alert_level === 0)
        throw new AppError('illegal-transition', 'This visit has no alert to acknowledge.');
      if ((w.visit.status === 'checked_out' || w.visit.status === 'cancelled') && !isHelpActive(ladderVisit(w.visit)))
        throw new AppError(
          'illegal-transition',
          `${w.visit.worker_name} has already ${w.visit.status === 'checked_out' ? 'checked out' : 'cancelled the visit'}: the alert is closed.`,
        );
      await repo.insertVisitEvent(w.trx, {
        schemeId: w.scheme.id,
        visitId: id,
        kind: 'acknowledged',
        at: w.now,
        byUserId: w.byUserId,
        detail: note,
        alertLevel: w.visit.alert_level,
      });
      const contacts = await safetyContacts(w.trx, w.scheme.id, w.visit.worker_id);
      const others = alertRecipients(w.visit, contacts, w.visit.alert_level).filter((r) => r !== w.byUserId);
      await sendAlertCleared(
        ctx,
        w.trx,
        w.visit,
        others,
        `acknowledged by ${actor.kind === 'user' ? actor.name || 'a colleague' : 'a colleague'}`,
      );
      return { acknowledged_at: w.now, acknowledged_by: w.byUserId, acknowledgement_note: note };
    },
  });
}
