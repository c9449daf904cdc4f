/**
 * The one way a referral's status changes: the pipeline every triage and referrer action goes through.
 */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../../../context.ts';
import type { DB } from '../../../../db/schema.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { authorize, type Action } from '../../../../platform/policy.ts';
import { findPatient } from '../../patients/index.ts';
import type { SchemeRef } from '../../../scheme/schemes/index.ts';
import type { MessageBack } from '../message-back.ts';
import { insertMessageBack } from '../messages-back.repository.ts';
import { referralAccess, type ReferralAccess } from '../referral-access.ts';
import { referralStates, type ReferralEvent } from '../referral-states.ts';
import type { ReferralDetail } from '../referrals.schemas.ts';
import * as repo from '../referrals.repository.ts';
import { loadReferralDetail } from '../load-referral-detail.ts';
import { userIdOf } from '../../../../platform/actor.ts';

/** The referral being changed, its person and the scheme, for the change to build on. */
export interface ChangeContext {
  trx: Transaction<DB>;
  scheme: SchemeRef;
  referral: repo.ReferralRow;
  person: { name: string; nhsNumber: string | null; dateOfBirth: string | null };
  now: Date;
}

export interface ReferralChange {
  changes?: Omit<repo.ReferralChanges, 'status'>;
  message?: MessageBack;
  detail?: Record<string, unknown>;
  /** Work to do after the referral is saved, in the same transaction (e.g. open the case). */
  after?: (saved: repo.ReferralRow) => Promise<void>;
}

export interface ChangeRequest {
  id: string;
  version: number;
  event: ReferralEvent;
  action: Action;
  /** Which kind of access the change needs: triage staff, or the referrer who made it. */
  access: ReferralAccess;
  build: (c: ChangeContext) => Promise<ReferralChange> | ReferralChange;
}

/**
 * Every change of a referral's status goes through here: policy, relationship, the state
 * machine, the version the person saw, the timeline event, the message back and the audit row,
 * all in one transaction. The referral is locked as it is read, and a change that finds it locked by
 * another is an edit conflict at once rather than a pool connection waiting out someone else's change.
 */
export async function changeReferral(
  ctx: AppContext,
  { actor, scheme, ...request }: InScheme & ChangeRequest,
): Promise<ReferralDetail> {
  authorize(actor, request.action, { schemeId: scheme.id });
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const referral = await repo.lockReferralForChange(trx, request.id);
    if (!referral) throw fail.notFound('That referral');
    if (referral === 'busy')
      throw new AppError(
        'edit-conflict',
        'Someone else is changing this referral right now. Reload to see their change, then make yours again.',
      );
    const access = await referralAccess(trx, actor, referral);
    if (access !== request.access)
      throw fail.forbidden(
        request.access === 'triage'
          ? "Only the scheme's triage team can do this."
          : 'Only the person who made the referral can answer this.',
      );
    const status = referralStates.next(referral.status, request.event);
    if (referral.version !== request.version) throw fail.editConflict('referral', referral);
    const patient = await findPatient(trx, referral.patient_id);
    const person = {
      name: `${patient?.given_name ?? ''} ${patient?.family_name ?? ''}`.trim(),
      nhsNumber: patient?.nhs_number ?? null,
      dateOfBirth: patient?.date_of_birth ?? null,
    };
    const change = await request.build({ trx, scheme, referral, person, now });
    const saved = await repo.updateReferral(trx, referral.id, request.version, { ...change.changes, status }, now);
    if (!saved) throw fail.editConflict('referral', referral);
    const byUserId = userIdOf(actor);
    await repo.insertReferralEvent(trx, {
      schemeId: scheme.id,
      referralId: referral.id,
      at: now,
      byUserId,
      kind: request.event,
      status,
      detail: change.detail ?? {},
    });
    if (change.message) {
      await insertMessageBack(trx, {
        schemeId: scheme.id,
        referralId: referral.id,
        kind: change.message.kind,
        code: change.message.code,
        body: { ...change.message.body },
        at: now,
        byUserId,
      });
    }
    await change.after?.(saved);
    await recordAudit(trx, actor, {
      action: `referral.${request.event}`,
      recordType: 'referral',
      recordId: referral.id,
      schemeId: scheme.id,
      detail: { from: referral.status, to: status, ...change.detail },
    });
    return loadReferralDetail(trx, actor, scheme, referral.id, now);
  });
}
