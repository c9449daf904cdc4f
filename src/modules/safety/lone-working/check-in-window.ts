import { ukTime } from './uk-time.ts';

/** The shipped check-in window: a worker may check in from an hour before the planned start. */
export const DEFAULT_CHECK_IN_WINDOW_MINUTES = 60;

export interface CheckInWindow {
  from: Date;
  until: Date;
}

/**
 * When a planned visit may be checked in: from the scheme's window before the planned start until the
 * planned end. Checking in to tomorrow's visit today would move its alert to tomorrow and leave the
 * real visit of today unprotected, so anything outside is refused.
 */
export function checkInWindow(visit: { plannedStart: Date; expectedEnd: Date }, windowMinutes: number): CheckInWindow {
  return { from: new Date(visit.plannedStart.getTime() - windowMinutes * 60_000), until: visit.expectedEnd };
}

/** Why a check-in now is refused, in words the worker can act on; null when it is allowed. */
export function checkInRefusal(window: CheckInWindow, now: Date): string | null {
  if (now.getTime() < window.from.getTime()) {
    return `This visit is planned for later: you can check in from ${ukTime(window.from)}. If you are starting a visit now, start an unplanned visit instead.`;
  }
  if (now.getTime() > window.until.getTime()) {
    return `This visit was planned to end at ${ukTime(window.until)}, so it can no longer be checked in to. If you are starting a visit now, start an unplanned visit instead; check out of this one or cancel it.`;
  }
  return null;
}

/**
 * The expected end once the worker has checked in: the actual check-in time plus the planned length,
 * so the missed check-out alert follows the real visit, whether it started early or late.
 */
export function expectedEndFromCheckIn(visit: { plannedStart: Date; expectedEnd: Date }, checkedInAt: Date): Date {
  return new Date(checkedInAt.getTime() + (visit.expectedEnd.getTime() - visit.plannedStart.getTime()));
}
