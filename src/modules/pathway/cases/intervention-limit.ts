import { formatLondonDate } from '../../../platform/format-london.ts';
import { addDays, londonDate } from '../../../platform/london-time.ts';
import type { InterventionPolicy } from '../../scheme/scheme-settings/index.ts';

export interface InterventionUse {
  /** When work began: the first contact with the person; null before then. */
  startedAt: Date | null;
  sessionsHeld: number;
  extraWeeks: number;
  extraSessions: number;
}

export interface InterventionStatus {
  state: 'not-started' | 'within' | 'nearing' | 'reached';
  weeksUsed: number;
  weekLimit: number;
  sessionsHeld: number;
  sessionLimit: number;
  endsOn: string | null;
  message: string;
}

/**
 * Where a case stands against the scheme's time limit (default 12 weeks or 6 sessions, whichever
 * comes first), so the worker is prompted as the limit nears and asked for a reason to extend.
 * Weeks count on the London calendar from the day of first contact, so the limit ends on the day
 * people in England expect (first contact at 00:30 BST is that day, not the day before in UTC).
 */
export function interventionStatus(policy: InterventionPolicy, use: InterventionUse, now: Date): InterventionStatus {
  const weekLimit = policy.weeks + use.extraWeeks;
  const sessionLimit = policy.sessions + use.extraSessions;
  const base = { weekLimit, sessionLimit, sessionsHeld: use.sessionsHeld };
  if (!use.startedAt) {
    return {
      ...base,
      state: 'not-started',
      weeksUsed: 0,
      endsOn: null,
      message: `Up to ${weekLimit} weeks or ${sessionLimit} sessions once the person is reached.`,
    };
  }
  const startedOn = londonDate(use.startedAt);
  const weeksUsed = Math.floor(daysBetween(startedOn, londonDate(now)) / 7);
  const endsOn = addDays(startedOn, weekLimit * 7);
  const weeksLeft = weekLimit - weeksUsed;
  const sessionsLeft = sessionLimit - use.sessionsHeld;
  if (weeksLeft <= 0 || sessionsLeft <= 0) {
    const which =
      sessionsLeft <= 0
        ? `all ${sessionLimit} sessions have been held`
        : `the ${weekLimit} weeks ended on ${formatLondonDate(endsOn)}`;
    return {
      ...base,
      state: 'reached',
      weeksUsed,
      endsOn,
      message: `The intervention limit is reached: ${which}. Plan the discharge, or extend with a reason.`,
    };
  }
  if (weeksLeft <= 2 || sessionsLeft <= 1) {
    return {
      ...base,
      state: 'nearing',
      weeksUsed,
      endsOn,
      message: `The intervention limit is near: ${Math.max(weeksLeft, 0)} week(s) and ${sessionsLeft} session(s) left (ends ${formatLondonDate(endsOn)}). Start planning the discharge.`,
    };
  }
  return {
    ...base,
    state: 'within',
    weeksUsed,
    endsOn,
    message: `Week ${weeksUsed + 1} of ${weekLimit}; ${use.sessionsHeld} of ${sessionLimit} sessions held.`,
  };
}

/** Whole calendar days from one yyyy-mm-dd date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
