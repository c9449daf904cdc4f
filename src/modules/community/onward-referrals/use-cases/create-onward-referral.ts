import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { AppError, fail, type FieldError } from '../../../../platform/errors.ts';
import { findPatient } from '../../../pathway/patients/index.ts';
import { findReferral } from '../../../pathway/referrals/index.ts';
import { noticeToOrganisation } from '../onward-notices.ts';
import { onwardDueTimes, scheduleOnwardTimers } from '../onward-timers.ts';
import * as repo from '../onward-referrals.repository.ts';
import type { CreateBody, OnwardView } from '../onward-referrals.schemas.ts';
import { isSharedField, sharedSnapshot, type SharedFieldKey } from '../shared-fields.ts';
import { loadOnwardView } from '../load-onward-view.ts';
import { caseFor } from '../worker-access.ts';
import { insertEvent } from '../onward-events.repository.ts';

export const DEFAULT_CONSENT = 'The person agreed to this referral and to sharing the information listed.';

/**
 * Refers the person on a case to a directory service, with their consent and only the fields the
 * worker chose (copied now: later edits to the record are not shared). The reminder and automatic
 * decline are queued in the same transaction; the receiving organisation's users are told.
 */
export async function createOnwardReferral(
  ctx: AppContext,
  { actor, scheme, caseId, input }: InScheme & { caseId: string; input: CreateBody },
): Promise<OnwardView> {
  if (actor.kind !== 'user') throw fail.forbidden('Onward referrals are made by the link worker.');
  const errors: FieldError[] = [];
  if (input.consent !== true)
    errors.push({
      field: 'consent',
      message: 'The person has not agreed to the referral.',
      fix: 'Ask the person whether they agree to being referred and to sharing the information chosen; refer only if they do.',
    });
  const bad = input.sharedFields.filter((f) => !isSharedField(f));
  if (bad.length > 0)
    errors.push({
      field: 'sharedFields',
      message: `${bad.map((b) => `"${b}"`).join(', ')} cannot be shared.`,
      fix: 'Choose from the list: name, phone, preferredContact, email, address, dateOfBirth, needs, whatMatters, language, accessibility.',
    });
  if (!input.sharedFields.includes('name'))
    errors.push({
      field: 'sharedFields',
      message: "The person's name is not shared.",
      fix: 'Share at least their name, so the service knows who is referred.',
    });
  if (!input.sharedFields.some((f) => f === 'phone' || f === 'email' || f === 'address'))
    errors.push({
      field: 'sharedFields',
      message: 'No way to contact the person is shared.',
      fix: 'Share their phone number, email address or address, as they prefer.',
    });
  const message = input.message.trim();
  if (!message)
    errors.push({
      field: 'message',
      message: 'The message to the service is missing.',
      fix: 'Say why you are referring the person and what they hope for.',
    });
  const consentStatement = input.consentStatement?.trim() || DEFAULT_CONSENT;
  const now = ctx.now();

  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const kase = await caseFor(trx, actor, scheme.id, caseId, 'write');
    const service = input.serviceId.trim() ? await repo.findService(trx, input.serviceId.trim()) : undefined;
    if (!service)
      errors.push({
        field: 'serviceId',
        message: `There is no directory service "${input.serviceId}".`,
        fix: 'Choose the service from the directory search.',
      });
    else if (service.status !== 'active')
      errors.push({
        field: 'serviceId',
        message: `${service.name} is not active in the directory.`,
        fix: 'Choose another service from the directory search.',
      });
    if (errors.length > 0 || !service) throw fail.validation(errors);
    if (kase.status === 'closed')
      throw new AppError(
        'illegal-transition',
        'The case is closed: onward referrals are made while working with the person.',
        { extra: { from: 'closed', event: 'refer-on' } },
      );
    const [patient, referral] = await Promise.all([
      findPatient(trx, kase.patient_id),
      findReferral(trx, kase.referral_id),
    ]);
    if (!patient || !referral) throw fail.notFound('That case');
    const fields = [...new Set(input.sharedFields)] as SharedFieldKey[];
    const snapshot = sharedSnapshot(fields, { patient, needs: referral.needs, whatMatters: kase.what_matters });
    const timings = await repo.onwardTimings(trx, scheme.id);
    const { reminderDueAt, autoDeclineDueAt } = onwardDueTimes(now, timings);
    const id = await repo.insertOnward(trx, {
      schemeId: scheme.id,
      caseId: kase.id,
      patientId: kase.patient_id,
      service,
      consentStatement,
      byUserId: actor.userId,
      sharedFields: Object.keys(snapshot),
      sharedSnapshot: snapshot,
      message,
      at: now,
      reminderDueAt,
      autoDeclineDueAt,
    });
    await insertEvent(trx, {
      schemeId: scheme.id,
      onwardReferralId: id,
      from: null,
      to: 'requested',
      kind: 'sent',
      byKind: 'user',
      byUserId: actor.userId,
      note: service.receivingOrganisationId ? null : 'Not on Linkwork: record the answer by hand.',
      at: now,
    });
    await recordAudit(trx, actor, {
      action: 'onward-referral.create',
      recordType: 'onward_referral',
      recordId: id,
      schemeId: scheme.id,
      detail: { caseId: kase.id, serviceId: service.id, sharedFields: Object.keys(snapshot), consent: true },
    });
    await scheduleOnwardTimers(ctx, trx, { schemeId: scheme.id, id, reminderDueAt, autoDeclineDueAt });
    const row = await repo.findOnward(trx, id);
    if (row)
      await noticeToOrganisation(
        ctx,
        trx,
        row,
        `New onward referral to ${service.name}`,
        `${scheme.name} has referred someone to ${service.name}. Open it in your inbox to accept or decline it.`,
      );
    return loadOnwardView(trx, id);
  });
}
