import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { DB, DebriefReason } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { SystemActor } from '../../platform/actor.ts';
import { inSchemeTransaction } from '../../platform/db/scheme-transaction.ts';
import type { JobData } from '../../platform/jobs/job-queue.ts';
import { notify } from '../notifications/notify.ts';
import { safetyContacts } from '../notifications/safety-contacts.ts';
import { loadPolicy } from '../scheme-settings/scheme-settings.repository.ts';
import * as repo from './debriefs.repository.ts';
import { addWorkingDays } from './working-days.ts';

export const DEBRIEF_DUE_JOB = 'support.debrief-due';

/** How each reason reads in a notification: the category only, never the case. */
export const DEBRIEF_REASON_TEXT: Record<DebriefReason, string> = {
  distressing_session: 'after a distressing session',
  difficult_sessions_in_row: 'after several difficult sessions in a row',
  high_risk: 'after a high-risk event',
  asked: 'at their request',
};

const when = (at: Date) => at.toISOString().slice(0, 16).replace('T', ' ');

/**
 * Asks the worker's named supervisor to debrief them within the scheme's response time (working
 * days), or the managers when no supervisor is named; queues the escalation for the deadline. An
 * open request for the same worker, reason and session or risk is reused. Runs in the caller's transaction.
 */
export async function requestDebrief(ctx: AppContext, trx: Transaction<DB>, input: { schemeId: string; workerId: string; reason: DebriefReason; sessionId?: string | null; riskId?: string | null }): Promise<string> {
  const sessionId = input.sessionId ?? null;
  const riskId = input.riskId ?? null;
  const open = await repo.findOpenDebrief(trx, input.schemeId, input.workerId, input.reason, sessionId, riskId);
  if (open) return open.id;
  const [policy, contacts, worker] = await Promise.all([
    loadPolicy(trx, input.schemeId).then(() => trx.selectFrom('scheme_policies').select('debrief_response_working_days').where('scheme_id', '=', input.schemeId).executeTakeFirstOrThrow()),
    safetyContacts(trx, input.schemeId, input.workerId),
    trx.selectFrom('users').select('name').where('id', '=', input.workerId).executeTakeFirstOrThrow(),
  ]);
  const now = ctx.now();
  const respondBy = addWorkingDays(now, policy.debrief_response_working_days);
  const id = await repo.insertDebrief(trx, { schemeId: input.schemeId, workerId: input.workerId, supervisorId: contacts.supervisorId, reason: input.reason, sessionId, riskId, at: now, respondBy });
  await notify(ctx, trx, {
    schemeId: input.schemeId, recipientIds: contacts.supervisorId ? [contacts.supervisorId] : contacts.managerIds, kind: 'debrief.requested', urgent: input.reason === 'high_risk',
    subject: `Debrief needed for ${worker.name}`,
    body: `${worker.name} needs a debrief ${DEBRIEF_REASON_TEXT[input.reason]}. Please talk with them by ${when(respondBy)} (UTC).${contacts.supervisorId ? '' : ' They have no named supervisor.'}`,
    link: `/debriefs/${id}`, source: { type: 'debrief', id },
  });
  await ctx.jobs.send(trx, DEBRIEF_DUE_JOB, { schemeId: input.schemeId, debriefId: id }, { startAfter: respondBy, singletonKey: id });
  return id;
}

const JOB_ACTOR: SystemActor = { kind: 'system', description: 'debrief response deadline', requestId: 'job-debrief-due' };

/**
 * At the deadline: a debrief still not done goes to the managers (urgent), once. Safe to run twice;
 * a request completed in time is left alone.
 */
export async function escalateOverdueDebrief(ctx: AppContext, data: JobData): Promise<void> {
  const schemeId = String(data.schemeId);
  const id = String(data.debriefId);
  await inSchemeTransaction(ctx.db, schemeId, async (trx) => {
    const debrief = await repo.findDebrief(trx, id);
    if (!debrief || debrief.status !== 'requested' || debrief.escalated_at || ctx.now() < debrief.respond_by) return;
    if (!(await repo.markEscalated(trx, id, ctx.now()))) return;
    const contacts = await safetyContacts(trx, schemeId, debrief.worker_id);
    await notify(ctx, trx, {
      schemeId, recipientIds: contacts.managerIds, kind: 'debrief.overdue', urgent: true,
      subject: `Debrief overdue for ${debrief.worker_name}`,
      body: `${debrief.worker_name} was to be debriefed ${DEBRIEF_REASON_TEXT[debrief.reason]} by ${when(debrief.respond_by)} (UTC) and it has not been recorded. Please make sure it happens.`,
      link: `/debriefs/${id}`, source: { type: 'debrief', id },
    });
    await recordAudit(trx, JOB_ACTOR, { action: 'debrief.escalate', recordType: 'debrief', recordId: id, schemeId, detail: { reason: debrief.reason, managers: contacts.managerIds.length } });
  });
}
