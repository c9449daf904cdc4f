/** How an onward referral's status changes: reading a requested change, and applying it through the state machine. */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { OnwardReferralAttended, OnwardReferralStatus } from '../../../db/tables/onward-referrals.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { fail, type FieldError } from '../../../platform/errors.ts';
import { noticeToOrganisation, noticeToWorker } from './onward-notices.ts';
import * as repo from './onward-referrals.repository.ts';
import type { OnwardChanges, OnwardRow } from './onward-referrals.repository.ts';
import { eventBetween, FINISHED, isOnwardStatus, WAITING } from './onward-states.ts';
import { insertEvent } from './onward-events.repository.ts';

export interface Outcome {
  attended: OnwardReferralAttended;
  note: string;
}

export interface StatusChange {
  to: OnwardReferralStatus;
  /** Required for rejected, cancelled, failed and on-hold (FHIR statusReason). */
  reason?: string | null;
  /** Required for completed. */
  outcome?: Outcome | null;
  businessStatus?: string | null;
  /** The version the actor saw; omitted by the timers, which read the row locked. */
  version?: number;
  /** Kind of event row: 'status' by default; 'recorded-by-hand', 'auto-declined' … */
  kind?: string;
  autoDeclined?: boolean;
}

const NEEDS_REASON: OnwardReferralStatus[] = ['rejected', 'cancelled', 'failed', 'on-hold'];
const ATTENDED: OnwardReferralAttended[] = ['yes', 'no', 'unknown'];
const LABEL: Record<OnwardReferralStatus, string> = {
  requested: 'sent, waiting for an answer',
  received: 'received',
  accepted: 'accepted',
  rejected: 'declined',
  'in-progress': 'in progress',
  'on-hold': 'on hold',
  completed: 'completed',
  cancelled: 'cancelled',
  failed: 'failed',
};

/** Reads a status, reason and outcome typed by a person or a system; all problems together, nothing changed. */
export function readStatusChange(
  input: { status: string; reason?: string | undefined; outcome?: { attended: string; note: string } | undefined },
  fields = { status: 'status', reason: 'reason', outcome: 'outcome' },
): StatusChange {
  const errors: FieldError[] = [];
  const to = input.status.trim();
  if (!isOnwardStatus(to))
    errors.push({
      field: fields.status,
      message: `"${input.status}" is not an onward referral status.`,
      fix: 'Use one of: requested, received, accepted, rejected, in-progress, on-hold, completed, cancelled, failed.',
    });
  const reason = input.reason?.trim() || null;
  if (isOnwardStatus(to) && NEEDS_REASON.includes(to) && !reason)
    errors.push({
      field: fields.reason,
      message: `A reason is needed to mark it ${LABEL[to]}.`,
      fix: 'Say why, in a sentence; the link worker will read it.',
    });
  let outcome: Outcome | null = null;
  if (input.outcome) {
    const attended = input.outcome.attended.trim();
    if (!ATTENDED.includes(attended as OnwardReferralAttended))
      errors.push({
        field: `${fields.outcome}.attended`,
        message: `"${input.outcome.attended}" is not an answer to "did they attend".`,
        fix: 'Answer yes, no or unknown.',
      });
    const note = input.outcome.note.trim();
    if (!note)
      errors.push({
        field: `${fields.outcome}.note`,
        message: 'What happened is missing.',
        fix: 'Say in a sentence or two what happened, for the link worker and the GP.',
      });
    if (errors.length === 0) outcome = { attended: attended as OnwardReferralAttended, note };
  } else if (to === 'completed') {
    errors.push({
      field: fields.outcome,
      message: 'The outcome is missing.',
      fix: 'Say whether the person attended (yes, no or unknown) and what happened.',
    });
  }
  if (errors.length > 0 || !isOnwardStatus(to)) throw fail.validation(errors);
  return { to, reason, outcome };
}

export interface ChangeBy {
  actor: Actor;
  /** Who the event row names. */
  by: { kind: 'user'; userId: string } | { kind: 'api_client'; clientId: string } | { kind: 'system' };
}

/**
 * The one way an onward referral changes status: the FHIR Task state machine (illegal changes are
 * 409s naming both states), optimistic locking, the event row, the audit row and the notices, all
 * in the caller's transaction. The first accept or reject is the answer the service statistics use.
 */
export async function applyStatusChange(
  ctx: AppContext,
  trx: Transaction<DB>,
  r: OnwardRow,
  change: StatusChange,
  who: ChangeBy,
): Promise<OnwardRow> {
  if (change.version !== undefined && change.version !== r.version) throw fail.editConflict('onward referral', r);
  eventBetween(r.status, change.to);
  const now = ctx.now();
  const answered = WAITING.includes(r.status) && (change.to === 'accepted' || change.to === 'rejected');
  const changes: OnwardChanges = { status: change.to };
  if (change.reason !== undefined && change.reason !== null) changes.status_reason = change.reason;
  if (change.businessStatus !== undefined) changes.business_status = change.businessStatus;
  if (change.outcome) {
    changes.outcome_attended = change.outcome.attended;
    changes.outcome_note = change.outcome.note;
  }
  if (answered && !change.autoDeclined) changes.first_answered_at = now;
  if (change.autoDeclined) changes.auto_declined = true;
  if (change.to === 'accepted' && !r.accepted_at) changes.accepted_at = now;
  if (FINISHED.includes(change.to)) changes.closed_at = now;
  const saved = await repo.updateOnward(trx, r.id, r.version, changes, now);
  if (!saved) throw fail.editConflict('onward referral', r);
  const note =
    [change.reason, change.outcome ? `Attended: ${change.outcome.attended}. ${change.outcome.note}` : null]
      .filter(Boolean)
      .join(' — ') || null;
  await insertEvent(trx, {
    schemeId: r.scheme_id,
    onwardReferralId: r.id,
    from: r.status,
    to: change.to,
    kind: change.kind ?? 'status',
    note,
    at: now,
    byKind: who.by.kind,
    byUserId: who.by.kind === 'user' ? who.by.userId : null,
    byApiClientId: who.by.kind === 'api_client' ? who.by.clientId : null,
  });
  await recordAudit(trx, who.actor, {
    action: `onward-referral.${change.kind ?? 'status'}`,
    recordType: 'onward_referral',
    recordId: r.id,
    schemeId: r.scheme_id,
    reason: change.reason ?? null,
    detail: { from: r.status, to: change.to },
  });
  const updated = await repo.findOnward(trx, r.id);
  if (!updated) throw fail.notFound('That onward referral');
  const what = `${LABEL[change.to]}${change.reason ? ` (${change.reason})` : ''}`;
  const workerChanged = who.by.kind === 'user' && who.by.userId === r.created_by;
  if (!workerChanged) await noticeToWorker(ctx, trx, updated, r.created_by, what);
  if (change.to === 'cancelled' && who.by.kind === 'user') {
    await noticeToOrganisation(
      ctx,
      trx,
      updated,
      `Onward referral cancelled: ${r.service_name}`,
      `An onward referral to ${r.service_name} was cancelled by the link worker${change.reason ? `: ${change.reason}` : ''}. Open it in your inbox.`,
    );
  }
  return updated;
}
