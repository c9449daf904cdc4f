import type { Actor } from '../../../platform/actor.ts';
import { checkInRefusal, checkInWindow } from './check-in-window.ts';
import { isHelpActive, isOverdue, nextDueAt, type LadderVisit } from './escalation-ladder.ts';
import type { LoneWorkingSettings, VisitRow } from './lone-working.repository.ts';
import type { listVisitEvents } from './lone-working.repository.ts';
import type { VisitSummary, VisitView } from './lone-working.schemas.ts';
import { visitRelationship } from './visit-access.ts';
import { visitStates } from './visit-states.ts';

type EventRow = Awaited<ReturnType<typeof listVisitEvents>>[number];

const EVENT_LABELS: Record<string, string> = {
  planned: 'Visit planned',
  extended: 'Expected end extended',
  checked_in: 'Checked in',
  checked_out: 'Checked out',
  alerted: 'Missed check-out: buddy and managers alerted',
  escalated: 'ESCALATED: no one had acknowledged',
  escalation_ended: 'Escalation finished with no acknowledgement',
  acknowledged: 'Alert acknowledged',
  cancelled: 'Visit cancelled',
  help_requested: 'I NEED HELP: the worker asked for help; buddy, managers and supervisor alerted',
};

/** The visit as the ladder sees it. */
export function ladderVisit(v: VisitRow): LadderVisit {
  return {
    status: v.status,
    expectedEnd: v.expected_end,
    alertLevel: v.alert_level,
    lastAlertAt: v.last_alert_at,
    acknowledgedAt: v.acknowledged_at,
    escalationEndedAt: v.escalation_ended_at,
    helpRequestedAt: v.help_requested_at,
  };
}

function alertState(v: VisitRow): VisitSummary['alert'] {
  if (v.alert_level === 0) return 'none';
  if (v.acknowledged_at) return 'acknowledged';
  if (isHelpActive(ladderVisit(v))) return 'active';
  if (v.status === 'checked_out' || v.status === 'cancelled') return 'cleared';
  return 'active';
}

/** A visit for lists and the team board, with what the actor may do to it. */
export function presentVisitSummary(actor: Actor, v: VisitRow, now: Date, settings: LoneWorkingSettings): VisitSummary {
  const r = visitRelationship(actor, v);
  const alert = alertState(v);
  const open = v.status === 'planned' || v.status === 'checked_in';
  const window =
    v.status === 'planned'
      ? checkInWindow({ plannedStart: v.planned_start, expectedEnd: v.expected_end }, settings.checkInWindowMinutes)
      : null;
  const allowedActions: string[] = r.own
    ? visitStates.allowed(v.status).filter((a) => a !== 'check-in' || (window && checkInRefusal(window, now) === null))
    : [];
  if (r.own && open) allowedActions.push('help');
  if (alert === 'active' && (r.buddy || r.monitor) && !r.own) allowedActions.push('acknowledge');
  return {
    id: v.id,
    status: v.status,
    worker: { id: v.worker_id, name: v.worker_name },
    buddy: { id: v.buddy_id, name: v.buddy_name },
    caseId: v.case_id,
    place: v.place,
    purpose: v.purpose,
    workerPhone: v.worker_phone,
    plannedStart: v.planned_start.toISOString(),
    expectedEnd: v.expected_end.toISOString(),
    checkedInAt: v.checked_in_at?.toISOString() ?? null,
    checkedOutAt: v.checked_out_at?.toISOString() ?? null,
    checkIn: window ? { from: window.from.toISOString(), until: window.until.toISOString() } : null,
    helpRequestedAt: v.help_requested_at?.toISOString() ?? null,
    overdue: isOverdue(ladderVisit(v), now, settings),
    alertDueAt: nextDueAt({ ...ladderVisit(v), alertLevel: 0 }, settings).toISOString(),
    alertLevel: v.alert_level,
    alert,
    lastAlertAt: v.last_alert_at?.toISOString() ?? null,
    escalationEndedAt: v.escalation_ended_at?.toISOString() ?? null,
    acknowledgement: v.acknowledged_at
      ? { at: v.acknowledged_at.toISOString(), by: v.acknowledged_by_name ?? '', note: v.acknowledgement_note ?? '' }
      : null,
    version: v.version,
    allowedActions,
  };
}

/** The visit page: the summary and its timeline. */
export function presentVisit(
  actor: Actor,
  v: VisitRow,
  events: EventRow[],
  now: Date,
  settings: LoneWorkingSettings,
): VisitView {
  return {
    ...presentVisitSummary(actor, v, now, settings),
    timeline: events.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      by: e.by_name,
      text: `${EVENT_LABELS[e.kind] ?? e.kind}${e.alert_level ? ` (level ${e.alert_level})` : ''}${e.detail ? `: ${e.detail}` : ''}`,
    })),
  };
}
