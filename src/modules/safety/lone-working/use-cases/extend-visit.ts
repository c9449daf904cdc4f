/** The worker moving a visit's expected end later. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { fail, type FieldError } from '../../../../platform/errors.ts';
import { changeVisit } from '../change-visit.ts';
import { clearAlert } from '../clear-alert.ts';
import { isHelpActive, nextDueAt } from '../escalation-ladder.ts';
import * as repo from '../lone-working.repository.ts';
import type { VisitView } from '../lone-working.schemas.ts';
import { ladderVisit } from '../present-visit.ts';
import { ukTime } from '../uk-time.ts';
import { scheduleVisitCheck } from '../visit-alerts.ts';
import { checkExpectedEnd, readMoment } from '../visit-fields.ts';

/** Moves the expected end later; the old overdue check finds itself stale and a new one is queued. */
export function extendVisit(
  ctx: AppContext,
  {
    actor,
    scheme,
    id,
    input,
  }: InScheme & { id: string; input: { version: number; expectedEnd: string; reason?: string } },
): Promise<VisitView> {
  return changeVisit(ctx, {
    actor,
    scheme,
    id,
    need: 'work',
    event: 'extend',
    version: input.version,
    audit: { action: 'lone-working.extend', detail: { expectedEnd: input.expectedEnd } },
    work: async (w) => {
      const errors: FieldError[] = [];
      const end = readMoment(input.expectedEnd, 'expectedEnd', errors, 'new expected end');
      if (end) checkExpectedEnd(end, w.visit.planned_start, w.now, errors);
      if (end && errors.length === 0 && end.getTime() <= w.visit.expected_end.getTime()) {
        errors.push({
          field: 'expectedEnd',
          message: `The new end is not later than the current one (${ukTime(w.visit.expected_end)}).`,
          fix: 'Give a later time; to finish early, check out.',
        });
      }
      if (errors.length > 0 || !end) throw fail.validation(errors);
      const reason = (input.reason ?? '').trim();
      await repo.insertVisitEvent(w.trx, {
        schemeId: w.scheme.id,
        visitId: id,
        kind: 'extended',
        at: w.now,
        byUserId: w.byUserId,
        detail: `from ${ukTime(w.visit.expected_end)} to ${ukTime(end)}${reason ? `. ${reason}` : ''}`,
      });
      await clearAlert(ctx, w, `${w.visit.worker_name} is in touch and has extended the visit to ${ukTime(end)}`);
      // A call for help keeps escalating until someone acknowledges it, whatever the new end.
      if (isHelpActive(ladderVisit(w.visit))) return { expected_end: end };
      const settings = await repo.loneWorkingSettings(w.trx, w.scheme.id);
      const fresh = { ...ladderVisit(w.visit), expectedEnd: end, alertLevel: 0, lastAlertAt: null };
      await scheduleVisitCheck(
        ctx,
        w.trx,
        { schemeId: w.scheme.id, visitId: id, expectedEnd: end, level: 0 },
        nextDueAt(fresh, settings),
      );
      // A new end starts a new ladder: an earlier alert and its acknowledgement stay on the timeline and in the audit log.
      return {
        expected_end: end,
        alert_level: 0,
        escalation_ended_at: null,
        acknowledged_at: null,
        acknowledged_by: null,
        acknowledgement_note: null,
      };
    },
  });
}
