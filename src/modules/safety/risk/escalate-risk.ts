import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { RiskLevel } from '../../../db/tables/risk.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { formatLondonDateTime } from '../../../platform/format-london.ts';
import { notify } from '../../scheme/notifications/index.ts';
import { safetyContacts, type SafetyContacts } from '../../scheme/notifications/index.ts';
import { requestDebrief } from '../../workforce/support/index.ts';
import { addWorkingDays } from '../../workforce/support/index.ts';
import { scheduleOverdueCheck } from './risk-action-alerts.ts';
import { isEscalatedLevel } from './risk-check.ts';
import { insertActions, type NewAction } from './risk-actions.repository.ts';
import { setEscalationNote } from './risk-assessments.repository.ts';

const HOUR_MS = 3_600_000;
/**
 * "Call now" is due within 15 minutes, not at the instant of recording: an action due the moment it is
 * created would show as overdue before the worker could read it. Fifteen minutes is long enough to make
 * the call and short enough that a call not recorded soon shows as overdue to everyone looking.
 */
export const CALL_NOW_MINUTES = 15;

/** The actions a level requires, with deadlines: the rule in one place. */
export function requiredActions(
  level: RiskLevel,
  now: Date,
  who: { workerId: string; reviewerId: string },
): NewAction[] {
  const worker = who.workerId;
  if (level === 'immediate') {
    return [
      {
        kind: 'emergency-response',
        description: 'Call 999, or the crisis line (NHS 111, option 2), now — and record what was done',
        assigneeId: worker,
        dueAt: new Date(now.getTime() + CALL_NOW_MINUTES * 60_000),
        required: true,
      },
      {
        kind: 'safety-plan',
        description: 'Make a safety plan with the person and agree a follow-up contact',
        assigneeId: worker,
        dueAt: new Date(now.getTime() + 24 * HOUR_MS),
        required: true,
      },
      {
        kind: 'tell-gp',
        description: "Tell the person's GP practice what happened and what was done",
        assigneeId: worker,
        dueAt: addWorkingDays(now, 1),
        required: true,
      },
      {
        kind: 'supervisor-review',
        description: 'Review the risk and the response with the link worker',
        assigneeId: who.reviewerId,
        dueAt: new Date(now.getTime() + 24 * HOUR_MS),
        required: true,
      },
    ];
  }
  if (level === 'high') {
    return [
      {
        kind: 'follow-up-contact',
        description: 'Contact the person again to check on their safety and make a safety plan',
        assigneeId: worker,
        dueAt: new Date(now.getTime() + 24 * HOUR_MS),
        required: true,
      },
      {
        kind: 'tell-gp',
        description: "Tell the person's GP practice about the risk",
        assigneeId: worker,
        dueAt: addWorkingDays(now, 1),
        required: true,
      },
      {
        kind: 'supervision-review',
        description: 'Review the risk with the link worker at supervision',
        assigneeId: who.reviewerId,
        dueAt: addWorkingDays(now, 5),
        required: true,
      },
    ];
  }
  if (level === 'medium') {
    return [
      {
        kind: 'review',
        description: 'Review the risk at the next contact, within a week',
        assigneeId: worker,
        dueAt: new Date(now.getTime() + 7 * 24 * HOUR_MS),
        required: true,
      },
    ];
  }
  return [];
}

/**
 * Who must hear of a risk beyond the link worker, the one rule for an escalation and for an overdue
 * action: the worker's supervisor and the scheme's safeguarding lead, and the scheme managers too when
 * either is not named (what is missing is said on the record, so the gap gets fixed).
 */
export function riskRecipients(contacts: SafetyContacts): { recipientIds: string[]; missing: string[] } {
  const missing = [
    !contacts.supervisorId && 'no supervisor is named for the link worker',
    !contacts.safeguardingLeadId && 'the scheme has no safeguarding lead',
  ].filter((m): m is string => typeof m === 'string');
  const ids = [contacts.supervisorId, contacts.safeguardingLeadId, ...(missing.length > 0 ? contacts.managerIds : [])];
  return { recipientIds: [...new Set(ids.filter((id): id is string => typeof id === 'string'))], missing };
}

export interface Escalation {
  notified: string[];
  /** Said on the risk record when the usual people could not be told. */
  note: string;
  debriefId: string | null;
}

/**
 * What follows a risk check, in the caller's transaction so it commits with the check or not at all:
 * medium gets a review action; high and immediate notify the worker's supervisor and the safeguarding
 * lead at once (the scheme managers when either is not named, said on the record), create the required
 * actions with deadlines and request a debrief. Every step is audited.
 */
export async function escalateRisk(
  ctx: AppContext,
  trx: Transaction<DB>,
  actor: Actor,
  r: {
    schemeId: string;
    caseId: string;
    riskId: string;
    level: RiskLevel;
    workerId: string;
    now: Date;
    sessionId?: string | null;
  },
): Promise<Escalation> {
  const audit = (action: string, detail: Record<string, unknown>) =>
    recordAudit(trx, actor, {
      action,
      recordType: 'risk',
      recordId: r.riskId,
      schemeId: r.schemeId,
      detail: { caseId: r.caseId, level: r.level, ...detail },
    });
  if (r.level === 'none' || r.level === 'low') return { notified: [], note: '', debriefId: null };
  const contacts = await safetyContacts(trx, r.schemeId, r.workerId);
  const { recipientIds: recipients, missing } = riskRecipients(contacts);
  const reviewerId = contacts.supervisorId ?? contacts.managerIds[0] ?? r.workerId;
  const actions = requiredActions(r.level, r.now, { workerId: r.workerId, reviewerId });
  const created = await insertActions(trx, r.schemeId, r.riskId, actions, r.now);
  for (const a of created)
    if (a.required) await scheduleOverdueCheck(ctx, trx, { schemeId: r.schemeId, actionId: a.id, dueAt: a.due_at });
  await audit('risk.actions-created', {
    actions: actions.map((a) => ({ kind: a.kind, assigneeId: a.assigneeId, dueAt: a.dueAt.toISOString() })),
  });
  if (!isEscalatedLevel(r.level)) return { notified: [], note: '', debriefId: null };

  const levelWord = r.level === 'immediate' ? 'An immediate' : 'A high';
  // One event: the supervisor hears of the risk and the debrief it asks for once (event "risk:<id>", below too).
  const notified = await notify(ctx, trx, {
    schemeId: r.schemeId,
    recipientIds: recipients,
    kind: r.level === 'immediate' ? 'risk.immediate' : 'risk.high',
    subject: `${levelWord} risk was recorded on a case`,
    body: `${levelWord} risk was recorded on ${formatLondonDateTime(r.now)}. Open the risk record to see what was disclosed, check the link worker is acting on it, and review it with them. A debrief with the link worker has been requested.`,
    link: `/cases/${r.caseId}/risks/${r.riskId}`,
    source: { type: 'risk', id: r.riskId },
    about: { caseId: r.caseId, workerId: r.workerId },
    event: `risk:${r.riskId}`,
  });
  const note =
    missing.length > 0
      ? `${missing.join(' and ')}: ${contacts.managerIds.length > 0 ? 'the scheme managers were told instead' : 'nobody else could be told — name a supervisor and a safeguarding lead in the scheme settings'}.`
      : '';
  const noteText = note ? note[0]!.toUpperCase() + note.slice(1) : '';
  if (noteText) await setEscalationNote(trx, r.riskId, noteText);
  await audit('risk.escalated', { notified, missing });
  const debriefId = await requestDebrief(ctx, trx, {
    schemeId: r.schemeId,
    workerId: r.workerId,
    reason: 'high_risk',
    riskId: r.riskId,
    sessionId: r.sessionId ?? null,
    caseId: r.caseId,
    event: `risk:${r.riskId}`,
  });
  await audit('risk.debrief-requested', { debriefId });
  return { notified, note: noteText, debriefId };
}
