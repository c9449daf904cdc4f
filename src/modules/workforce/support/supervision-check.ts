import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { formatLondonDate } from '../../../platform/format-london.ts';
import { addDays, londonDate, sameLondonTimeOn } from '../../../platform/london-time.ts';
import type { JobData } from '../../../platform/jobs/job-queue.ts';
import { notify } from '../../scheme/notifications/index.ts';
import { safetyContacts } from '../../scheme/notifications/index.ts';
import { supervisionDue } from './supervision-due.ts';
import { claimCheckDay, claimOverdueNotice, listSupervisionStates } from './supervision.repository.ts';

export const SUPERVISION_OVERDUE_JOB = 'support.supervision-overdue';

const today = (ctx: AppContext) => londonDate(ctx.now());

/** 07:00 on a winter day in London (GMT): the time of day the check runs, summer or winter. */
const SEVEN_AM_LONDON = new Date('2026-01-05T07:00:00Z');

/** The morning of a date at 07:00 in London (not 08:00 BST all summer), when the check runs. */
export const morningOf = (date: string) => sameLondonTimeOn(SEVEN_AM_LONDON, date);

/**
 * Queues the check for the morning after the worker's supervision falls due (or tomorrow when
 * already overdue). Called when a supervisor is named and when a session is logged; the check
 * then reschedules itself daily while the worker stays overdue.
 */
export async function scheduleSupervisionCheck(
  ctx: AppContext,
  trx: Transaction<DB>,
  schemeId: string,
  workerId: string,
): Promise<void> {
  const [state] = await listSupervisionStates(trx, schemeId, workerId);
  if (!state) return;
  const due = supervisionDue(
    { lastHeldOn: state.last_held_on, since: state.since, cadenceDays: state.cadence_days },
    today(ctx),
  );
  const checkOn = due.overdue ? addDays(today(ctx), 1) : addDays(due.dueOn, 1);
  if (!(await claimCheckDay(trx, schemeId, workerId, checkOn))) return;
  await ctx.jobs.send(
    trx,
    SUPERVISION_OVERDUE_JOB,
    { schemeId, workerId },
    { startAfter: morningOf(checkOn), singletonKey: `${workerId}:${checkOn}` },
  );
}

/**
 * The daily supervision check for one worker: when overdue, tells the worker, their supervisor and
 * the managers once per due date, then checks again tomorrow. Safe to run twice.
 */
export async function checkSupervisionOverdue(ctx: AppContext, data: JobData): Promise<void> {
  const schemeId = String(data.schemeId);
  const workerId = String(data.workerId);
  await inSchemeTransaction(ctx.db, schemeId, async (trx) => {
    const [state] = await listSupervisionStates(trx, schemeId, workerId);
    if (!state) return; // no longer an active link worker here: nothing more to check
    const due = supervisionDue(
      { lastHeldOn: state.last_held_on, since: state.since, cadenceDays: state.cadence_days },
      today(ctx),
    );
    if (due.overdue && (await claimOverdueNotice(trx, schemeId, workerId, due.dueOn, ctx.now()))) {
      const contacts = await safetyContacts(trx, schemeId, workerId);
      await notify(ctx, trx, {
        schemeId,
        recipientIds: [workerId, contacts.supervisorId, ...contacts.managerIds],
        kind: 'supervision.overdue',
        subject: 'Clinical supervision is overdue',
        body: `${state.worker_name}'s clinical supervision was due on ${formatLondonDate(due.dueOn)}. Book a session and log it in Linkwork.`,
        link: '/supervision',
        source: { type: 'user', id: workerId },
      });
    }
    await scheduleSupervisionCheck(ctx, trx, schemeId, workerId);
  });
}
