import type { Transaction } from 'kysely';
import { listSchemeIds } from '../../identity/organisations/index.ts';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { SystemActor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { formatLondonDate } from '../../../platform/format-london.ts';
import type { JobData } from '../../../platform/jobs/job-queue.ts';
import { addWorkingDays } from '../../workforce/support/index.ts';
import { noticeToOrganisation, noticeToWorker } from './onward-notices.ts';
import * as repo from './onward-referrals.repository.ts';
import { WAITING } from './onward-states.ts';
import { applyStatusChange } from './onward-status-change.ts';
import { insertEvent } from './onward-events.repository.ts';

export const ONWARD_CHECK_JOB = 'onward-referral.check';
export const ONWARD_SWEEP_JOB = 'onward-referral.sweep';

const DAY_MS = 86_400_000;

/**
 * When an onward referral sent at a moment is chased and when it is declined automatically. The
 * decline is the scheme's calendar days on, but never before one working day after the reminder:
 * over Easter or Christmas a few working days take far more calendar days than in an ordinary week,
 * and an organisation must always be chased, and have a working day to answer, before the person's
 * referral is declined for them.
 */
export function onwardDueTimes(
  sentAt: Date,
  timings: { reminderWorkingDays: number; autoDeclineDays: number },
): { reminderDueAt: Date; autoDeclineDueAt: Date } {
  const reminderDueAt = addWorkingDays(sentAt, timings.reminderWorkingDays);
  const byCalendar = new Date(sentAt.getTime() + timings.autoDeclineDays * DAY_MS);
  const afterReminder = addWorkingDays(reminderDueAt, 1);
  return { reminderDueAt, autoDeclineDueAt: byCalendar < afterReminder ? afterReminder : byCalendar };
}

/** Queues the reminder and the automatic decline, in the transaction that sends the referral. */
export async function scheduleOnwardTimers(
  ctx: AppContext,
  trx: Transaction<DB>,
  r: { schemeId: string; id: string; reminderDueAt: Date; autoDeclineDueAt: Date },
): Promise<void> {
  await ctx.jobs.send(
    trx,
    ONWARD_CHECK_JOB,
    { schemeId: r.schemeId, id: r.id },
    { startAfter: r.reminderDueAt, singletonKey: `${r.id}:reminder` },
  );
  await ctx.jobs.send(
    trx,
    ONWARD_CHECK_JOB,
    { schemeId: r.schemeId, id: r.id },
    { startAfter: r.autoDeclineDueAt, singletonKey: `${r.id}:auto-decline` },
  );
}

/**
 * The `onward-referral.check` job: decides from the referral's current state and the clock alone,
 * so a repeated, early or late run is harmless. Still unanswered past the automatic-decline time:
 * declined, and the worker told at once; past the reminder time and not yet reminded: the
 * organisation (or, for a service not on Linkwork, the worker) is reminded once.
 */
export async function checkOnwardReferral(ctx: AppContext, data: JobData): Promise<void> {
  const schemeId = String(data.schemeId);
  const id = String(data.id);
  const system: SystemActor = {
    kind: 'system',
    description: 'onward referral timers',
    requestId: `job:${ONWARD_CHECK_JOB}:${id}`,
  };
  await inSchemeTransaction(ctx.db, schemeId, async (trx) => {
    const row = await repo.findOnward(trx, id, true);
    if (!row) throw new Error(`onward referral ${id} not found in scheme ${schemeId}`);
    if (!WAITING.includes(row.status)) return;
    const now = ctx.now();
    if (row.auto_decline_due_at && row.auto_decline_due_at.getTime() <= now.getTime()) {
      const days = Math.round((row.auto_decline_due_at.getTime() - row.sent_at.getTime()) / DAY_MS);
      await applyStatusChange(
        ctx,
        trx,
        row,
        {
          to: 'rejected',
          reason: `No answer within ${days} days: declined automatically.`,
          kind: 'auto-declined',
          autoDeclined: true,
          businessStatus: 'no-response',
        },
        { actor: system, by: { kind: 'system' } },
      );
      return;
    }
    if (row.reminder_due_at && row.reminder_due_at.getTime() <= now.getTime() && !row.reminded_at) {
      await repo.updateOnward(trx, row.id, row.version, { reminded_at: now }, now);
      await insertEvent(trx, {
        schemeId,
        onwardReferralId: id,
        from: row.status,
        to: row.status,
        kind: 'reminded',
        byKind: 'system',
        note: null,
        at: now,
      });
      await recordAudit(trx, system, {
        action: 'onward-referral.reminder',
        recordType: 'onward_referral',
        recordId: id,
        schemeId,
      });
      const due = row.auto_decline_due_at
        ? ` It will be declined automatically on ${formatLondonDate(row.auto_decline_due_at)} if there is no answer.`
        : '';
      if (row.receiving_organisation_id) {
        await noticeToOrganisation(
          ctx,
          trx,
          row,
          `Reminder: onward referral to ${row.service_name} is waiting for an answer`,
          `An onward referral to ${row.service_name} has had no answer.${due} Please accept or decline it in your inbox.`,
        );
      } else {
        await noticeToWorker(
          ctx,
          trx,
          row,
          row.created_by,
          'no answer recorded yet (not on Linkwork)',
          `${row.service_name} is not on Linkwork and no answer has been recorded. Contact them and record their answer by hand on the case.${due}`,
        );
      }
    }
  });
}

/** The safety net: every waiting referral whose reminder or automatic decline is due gets it now, whatever happened to its jobs. */
export async function sweepOnwardReferrals(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  let checked = 0;
  for (const schemeId of await listSchemeIds(ctx.db, { activeOnly: true })) {
    const due = await inSchemeTransaction(ctx.db, schemeId, (trx) => repo.listDue(trx, now));
    for (const r of due) {
      await checkOnwardReferral(ctx, { schemeId, id: r.id });
      checked += 1;
    }
  }
  return checked;
}
