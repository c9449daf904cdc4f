import type { VisitStatus } from '../../../db/tables/lone-working.ts';

/** The highest alert level: the buddy and managers (1), then escalations (2, 3, 4). */
export const MAX_ALERT_LEVEL = 4;

export interface LadderVisit {
  status: VisitStatus;
  expectedEnd: Date;
  alertLevel: number;
  lastAlertAt: Date | null;
  acknowledgedAt: Date | null;
  escalationEndedAt: Date | null;
  /** When the worker pressed "I need help": the ladder then runs until someone acknowledges, even after a check-out. */
  helpRequestedAt: Date | null;
}

export interface LadderSettings {
  graceMinutes: number;
  escalationMinutes: number;
}

/**
 * What the overdue check does next:
 * - `stop`: the worker checked out or cancelled, someone acknowledged, or the ladder is finished;
 * - `wait`: not yet due (the job ran early, e.g. the visit was extended): nothing now, check again at `dueAt`;
 * - `alert` (level 1) or `escalate` (levels 2 to 4): tell people, then check again at `nextCheckAt`;
 * - `end`: level 4 passed with nobody acknowledging: keep a final record; the visit stays overdue on the team board.
 */
export type LadderStep =
  | { kind: 'stop'; reason: 'closed' | 'acknowledged' | 'ended' }
  | { kind: 'wait'; dueAt: Date }
  | { kind: 'alert' | 'escalate'; level: number; nextCheckAt: Date }
  | { kind: 'end' };

const minutes = (m: number) => m * 60_000;

/** When the next step of the ladder falls due: the end plus grace at first, then every escalation interval after the last alert. */
export function nextDueAt(visit: LadderVisit, settings: LadderSettings): Date {
  if (visit.alertLevel === 0 || !visit.lastAlertAt)
    return new Date(visit.expectedEnd.getTime() + minutes(settings.graceMinutes));
  return new Date(visit.lastAlertAt.getTime() + minutes(settings.escalationMinutes));
}

/** Decides the next step of the missed check-out ladder from the visit's state alone, so a repeated or early job is harmless. */
export function nextLadderStep(visit: LadderVisit, now: Date, settings: LadderSettings): LadderStep {
  if (visit.status === 'checked_out' || visit.status === 'cancelled') {
    if (!isHelpActive(visit)) return { kind: 'stop', reason: 'closed' };
  }
  if (visit.acknowledgedAt) return { kind: 'stop', reason: 'acknowledged' };
  if (visit.escalationEndedAt) return { kind: 'stop', reason: 'ended' };
  const dueAt = nextDueAt(visit, settings);
  if (now.getTime() < dueAt.getTime()) return { kind: 'wait', dueAt };
  if (visit.alertLevel >= MAX_ALERT_LEVEL) return { kind: 'end' };
  const level = visit.alertLevel + 1;
  return {
    kind: level === 1 ? 'alert' : 'escalate',
    level,
    nextCheckAt: new Date(now.getTime() + minutes(settings.escalationMinutes)),
  };
}

/** True while a call for help is unanswered: nobody has acknowledged it yet. */
export function isHelpActive(visit: Pick<LadderVisit, 'helpRequestedAt' | 'acknowledgedAt'>): boolean {
  return visit.helpRequestedAt !== null && visit.acknowledgedAt === null;
}

/** True when the worker is past their expected end plus grace and has not checked out: shown first, in red, on the team board. */
export function isOverdue(
  visit: Pick<LadderVisit, 'status' | 'expectedEnd'>,
  now: Date,
  settings: Pick<LadderSettings, 'graceMinutes'>,
): boolean {
  if (visit.status !== 'planned' && visit.status !== 'checked_in') return false;
  return now.getTime() >= visit.expectedEnd.getTime() + minutes(settings.graceMinutes);
}
