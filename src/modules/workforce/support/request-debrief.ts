import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB, DebriefReason } from '../../../db/schema.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { SystemActor } from '../../../platform/actor.ts';
import { formatLondonDateTime } from '../../../platform/format-london.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import type { JobData } from '../../../platform/jobs/job-queue.ts';
import { notify } from '../../scheme/notifications/index.ts';
import { safetyContacts } from '../../scheme/notifications/index.ts';
import { loadPolicy } from '../../scheme/scheme-settings/index.ts';
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

/**
 * Asks the worker's named supervisor to debrief them within the scheme's response time (working
 * days), or the managers when no supervisor is named; queues the escalation for the deadline. One
 * request per worker and session, and per worker and risk (a database guarantee): a distressing session
 * that is also a high risk asks once, and the request already made is returned. An open request the
 * worker asked for themselves is reused. Runs in the caller's transaction.
 * `event` ties the notification to what caused it: a risk escalation passes "risk:<id>", so the people
 * already told of the risk are not told again.
 */
export async function requestDebrief(
  ctx: AppContext,
  trx: Transaction<DB>,
  input: {
    schemeId: string;
    workerId: string;
    reason: DebriefReason;
    sessionId?: string | null;
    riskId?: string | null;
    caseId?: string | null;
    event?: string;
  },
): Promise<string> {
  const sessionId = input.sessionId ?? null;
  const riskId = input.riskId ?? null;
  const existing =
    sessionId === null && riskId === null
      ? await repo.findOpenDebrief(trx, input.schemeId, input.workerId, input.reason, null, null)
      : await repo.findDebriefForEvent(trx, input.schemeId, input.workerId, sessionId, riskId);
  if (existing) return existing.id;
  const [policy, contacts] = await Promise.all([
    loadPolicy(trx, input.schemeId).then(() =>
      trx
        .selectFrom('scheme_policies')
        .select('debrief_response_working_days')
        .where('scheme_id', '=', input.schemeId)
        .executeTakeFirstOrThrow(),
    ),
    safetyContacts(trx, input.schemeId, input.workerId),
  ]);
  const now = ctx.now();
  const respondBy = addWorkingDays(now, policy.debrief_response_working_days);
  const id = await repo.insertDebrief(trx, {
    schemeId: input.schemeId,
    workerId: input.workerId,
    supervisorId: contacts.supervisorId,
    reason: input.reason,
    sessionId,
    riskId,
    at: now,
    respondBy,
  });
  if (!id) {
    const raced = await repo.findDebriefForEvent(trx, input.schemeId, input.workerId, sessionId, riskId);
    if (!raced) throw new Error('A debrief request conflicted with one that cannot be found');
    return raced.id;
  }
  await notify(ctx, trx, {
    schemeId: input.schemeId,
    recipientIds: contacts.supervisorId ? [contacts.supervisorId] : contacts.managerIds,
    kind: 'debrief.requested',
    subject: `A link worker needs a debrief ${DEBRIEF_REASON_TEXT[input.reason]}`,
    body: `A link worker needs a debrief ${DEBRIEF_REASON_TEXT[input.reason]}. Please talk with them by ${formatLondonDateTime(respondBy)}, then record the debrief.${contacts.supervisorId ? '' : ' They have no named supervisor.'}`,
    link: `/debriefs/${id}`,
    source: { type: 'debrief', id },
    about: { caseId: input.caseId ?? null, workerId: input.workerId },
    event: input.event ?? `debrief:${id}`,
  });
  await ctx.jobs.send(
    trx,
    DEBRIEF_DUE_JOB,
    { schemeId: input.schemeId, debriefId: id },
    { startAfter: respondBy, singletonKey: id },
  );
  return id;
}

const JOB_ACTOR: SystemActor = {
  kind: 'system',
  description: 'debrief response deadline',
  requestId: 'job-debrief-due',
};

/**
 * At the deadline: a debrief still not done goes to the managers (urgent), once. Safe to run twice;
 * a request completed in time, or an earlier duplicate of another (0016), is left alone.
 */
export async function escalateOverdueDebrief(ctx: AppContext, data: JobData): Promise<void> {
  const schemeId = String(data.schemeId);
  const id = String(data.debriefId);
  await inSchemeTransaction(ctx.db, schemeId, async (trx) => {
    const debrief = await repo.findDebrief(trx, id);
    if (
      !debrief ||
      debrief.duplicate_of ||
      debrief.status !== 'requested' ||
      debrief.escalated_at ||
      ctx.now() < debrief.respond_by
    )
      return;
    if (!(await repo.markEscalated(trx, id, ctx.now()))) return;
    const contacts = await safetyContacts(trx, schemeId, debrief.worker_id);
    await notify(ctx, trx, {
      schemeId,
      recipientIds: contacts.managerIds,
      kind: 'debrief.overdue',
      subject: 'A debrief is overdue',
      body: `A link worker was to be debriefed ${DEBRIEF_REASON_TEXT[debrief.reason]} by ${formatLondonDateTime(debrief.respond_by)} and it has not been recorded. Please make sure it happens.`,
      link: `/debriefs/${id}`,
      source: { type: 'debrief', id },
      about: { workerId: debrief.worker_id },
      event: `debrief-overdue:${id}`,
    });
    await recordAudit(trx, JOB_ACTOR, {
      action: 'debrief.escalate',
      recordType: 'debrief',
      recordId: id,
      schemeId,
      detail: { reason: debrief.reason, managers: contacts.managerIds.length },
    });
  });
}
