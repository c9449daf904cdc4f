/** The worker checking in as a visit starts. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { AppError } from '../../../../platform/errors.ts';
import { changeVisit } from '../change-visit.ts';
import { checkInRefusal, checkInWindow, expectedEndFromCheckIn } from '../check-in-window.ts';
import { isHelpActive, nextDueAt } from '../escalation-ladder.ts';
import * as repo from '../lone-working.repository.ts';
import type { VisitView } from '../lone-working.schemas.ts';
import { ladderVisit } from '../present-visit.ts';
import { ukTime } from '../uk-time.ts';
import { scheduleVisitCheck } from '../visit-alerts.ts';

/**
 * The worker has arrived and started the visit. Only inside the check-in window (from the scheme's
 * minutes before the planned start until the planned end): checking in to tomorrow's visit today
 * would leave today's real visit unprotected. The expected end becomes the actual check-in time plus
 * the planned length, and the overdue check is queued again for it (the old one finds itself stale).
 */
export function checkIn(ctx: AppContext, { actor, scheme, id }: InScheme & { id: string }): Promise<VisitView> {
  return changeVisit(ctx, {
    actor,
    scheme,
    id,
    need: 'work',
    event: 'check-in',
    audit: { action: 'lone-working.check-in' },
    work: async ({ trx, scheme, visit, now, byUserId }) => {
      const settings = await repo.loneWorkingSettings(trx, scheme.id);
      const planned = { plannedStart: visit.planned_start, expectedEnd: visit.expected_end };
      const window = checkInWindow(planned, settings.checkInWindowMinutes);
      const refusal = checkInRefusal(window, now);
      if (refusal)
        throw new AppError('illegal-transition', refusal, {
          extra: { checkInFrom: window.from.toISOString(), checkInUntil: window.until.toISOString() },
        });
      const end = expectedEndFromCheckIn(planned, now);
      const early = now.getTime() < visit.planned_start.getTime();
      await repo.insertVisitEvent(trx, {
        schemeId: scheme.id,
        visitId: id,
        kind: 'checked_in',
        at: now,
        byUserId,
        detail: `expected to finish by ${ukTime(end)}`,
      });
      if (!isHelpActive(ladderVisit(visit))) {
        const fresh = {
          ...ladderVisit(visit),
          status: 'checked_in' as const,
          expectedEnd: end,
          alertLevel: 0,
          lastAlertAt: null,
        };
        await scheduleVisitCheck(
          ctx,
          trx,
          { schemeId: scheme.id, visitId: id, expectedEnd: end, level: 0 },
          nextDueAt(fresh, settings),
        );
      }
      // An early start moves the planned start with it, so the visit keeps its planned length.
      return { checked_in_at: now, expected_end: end, ...(early ? { planned_start: now } : {}) };
    },
  });
}
