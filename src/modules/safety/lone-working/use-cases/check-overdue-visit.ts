import type { AppContext } from '../../../../context.ts';
import type { SystemActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import type { JobData } from '../../../../platform/jobs/job-queue.ts';
import { safetyContacts } from '../../../scheme/notifications/index.ts';
import { MAX_ALERT_LEVEL, nextLadderStep } from '../escalation-ladder.ts';
import * as repo from '../lone-working.repository.ts';
import { ladderVisit } from '../present-visit.ts';
import { alertRecipients, scheduleVisitCheck, sendEscalationEnded, sendVisitAlert } from '../visit-alerts.ts';

/**
 * The `lone-working.check` job: one step of the missed check-out ladder. It reads the visit fresh
 * (row locked) and decides from its state and the clock alone, so a repeated, late or early run is
 * harmless: a check for an earlier stage (the visit was extended, or already alerted) does nothing,
 * because the change that made it stale queued the next check in its own transaction. Every alert
 * queues the next check in the same transaction, so the ladder cannot stop silently.
 */
export async function checkOverdueVisit(ctx: AppContext, data: JobData): Promise<void> {
  const schemeId = String(data.schemeId);
  const visitId = String(data.visitId);
  const system: SystemActor = {
    kind: 'system',
    description: 'lone working overdue check',
    requestId: `job:lone-working.check:${visitId}`,
  };
  await inSchemeTransaction(ctx.db, schemeId, async (trx) => {
    const visit = await repo.findVisit(trx, visitId, true);
    // Visits are never deleted: a missing one is a fault, so the job fails loudly and is retried.
    if (!visit) throw new Error(`lone-working visit ${visitId} not found in scheme ${schemeId}`);
    const settings = await repo.loneWorkingSettings(trx, schemeId);
    const now = ctx.now();
    const step = nextLadderStep(ladderVisit(visit), now, settings);
    const stage = { schemeId, visitId, expectedEnd: visit.expected_end, level: visit.alert_level };
    if (step.kind === 'stop') return;
    if (step.kind === 'wait') {
      const current = data.expectedEnd === visit.expected_end.toISOString() && Number(data.level) === visit.alert_level;
      // Still this stage's check, but early (the grace or interval was lengthened since): check again when due.
      if (current && data.sweep !== true) await scheduleVisitCheck(ctx, trx, stage, step.dueAt);
      return;
    }
    const contacts = await safetyContacts(trx, schemeId, visit.worker_id);
    if (step.kind === 'end') {
      const told = await sendEscalationEnded(ctx, trx, visit, alertRecipients(visit, contacts, MAX_ALERT_LEVEL));
      await repo.updateVisit(trx, visitId, visit.version, { escalation_ended_at: now }, now);
      await repo.insertVisitEvent(trx, {
        schemeId,
        visitId,
        kind: 'escalation_ended',
        at: now,
        byUserId: null,
        detail: `told ${told.length} people; the visit stays overdue on the team board until someone acknowledges it`,
        alertLevel: visit.alert_level,
      });
      await recordAudit(trx, system, {
        action: 'lone-working.escalation-ended',
        recordType: 'lone_working_visit',
        recordId: visitId,
        schemeId,
        detail: { level: visit.alert_level, told: told.length },
      });
      return;
    }
    const told = await sendVisitAlert(ctx, trx, visit, alertRecipients(visit, contacts, step.level), step.level);
    await repo.updateVisit(trx, visitId, visit.version, { alert_level: step.level, last_alert_at: now }, now);
    await repo.insertVisitEvent(trx, {
      schemeId,
      visitId,
      kind: step.kind === 'alert' ? 'alerted' : 'escalated',
      at: now,
      byUserId: null,
      detail: `told ${told.length} people`,
      alertLevel: step.level,
    });
    await recordAudit(trx, system, {
      action: step.kind === 'alert' ? 'lone-working.alert' : 'lone-working.escalate',
      recordType: 'lone_working_visit',
      recordId: visitId,
      schemeId,
      detail: { level: step.level, told: told.length },
    });
    await scheduleVisitCheck(ctx, trx, { ...stage, level: step.level }, step.nextCheckAt);
  });
}
