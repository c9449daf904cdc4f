import type { AppContext } from '../../../../context.ts';
import type { SystemActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import type { JobData } from '../../../../platform/jobs/job-queue.ts';
import { safetyContacts } from '../../../scheme/notifications/index.ts';
import { riskRecipients } from '../escalate-risk.ts';
import { RISK_ACTION_OVERDUE_JOB, scheduleOverdueCheck, sendOverdueActionAlert } from '../risk-action-alerts.ts';
import { recordRiskEvent } from '../risk-timeline.ts';
import { findActionForOverdueAlert, markOverdueAlerted } from '../risk-actions.repository.ts';
import { namesOf } from '../risk-notified.repository.ts';

/**
 * The `risk.action-overdue` job, queued for a required action's deadline: if the action is still open
 * (neither done nor documented as not done) on an open risk, an urgent alert goes to whoever holds the
 * action, the case's link worker, the worker's supervisor and the safeguarding lead (the scheme
 * managers when either is not named), with the alert on the case timeline and in the audit, in one
 * transaction. It reads the action fresh, row locked, and decides from its state and the clock alone,
 * so a repeat (the sweep, a retry) or a run after the action was resolved does nothing.
 */
export async function checkOverdueRiskAction(ctx: AppContext, data: JobData): Promise<void> {
  const schemeId = String(data.schemeId);
  const actionId = String(data.actionId);
  const system: SystemActor = {
    kind: 'system',
    description: 'overdue risk action check',
    requestId: `job:${RISK_ACTION_OVERDUE_JOB}:${actionId}`,
  };
  await inSchemeTransaction(ctx.db, schemeId, async (trx) => {
    const action = await findActionForOverdueAlert(trx, actionId);
    // Risk actions are never deleted: a missing one is a fault, so the job fails loudly and is retried.
    if (!action) throw new Error(`risk action ${actionId} not found in scheme ${schemeId}`);
    if (!action.required || action.status !== 'open' || action.overdue_alerted_at || action.risk_status !== 'open')
      return;
    const now = ctx.now();
    if (action.due_at.getTime() > now.getTime()) {
      // Early (the queue's clock ran ahead of ours): check again at the deadline. The sweep only sends due actions.
      if (data.sweep !== true) await scheduleOverdueCheck(ctx, trx, { schemeId, actionId, dueAt: action.due_at });
      return;
    }
    // Marked first, under the row lock: whichever of the job and the sweep gets here second finds it done.
    if (!(await markOverdueAlerted(trx, action.id, now))) return;
    const contacts = await safetyContacts(trx, schemeId, action.worker_id);
    const told = await sendOverdueActionAlert(
      ctx,
      trx,
      {
        schemeId,
        id: action.id,
        riskId: action.risk_id,
        caseId: action.case_id,
        workerId: action.worker_id,
        description: action.description,
        dueAt: action.due_at,
        level: action.level,
      },
      [action.assignee_id, action.worker_id, ...riskRecipients(contacts).recipientIds],
    );
    const names = await namesOf(trx, told);
    await recordRiskEvent(trx, {
      schemeId,
      caseId: action.case_id,
      riskId: action.risk_id,
      actionId: action.id,
      kind: 'action-overdue',
      level: action.level,
      subject: action.description,
      note: names.length > 0 ? `${names.join(', ')} told` : 'nobody could be told',
      byUserId: null,
      at: now,
    });
    await recordAudit(trx, system, {
      action: 'risk.action-overdue',
      recordType: 'risk',
      recordId: action.risk_id,
      schemeId,
      detail: {
        caseId: action.case_id,
        actionId: action.id,
        kind: action.kind,
        dueAt: action.due_at.toISOString(),
        notified: told,
      },
    });
  });
}
