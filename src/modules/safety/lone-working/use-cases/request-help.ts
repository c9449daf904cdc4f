import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { AppError } from '../../../../platform/errors.ts';
import { safetyContacts } from '../../../scheme/notifications/index.ts';
import { nextDueAt } from '../escalation-ladder.ts';
import * as repo from '../lone-working.repository.ts';
import type { VisitView } from '../lone-working.schemas.ts';
import { ladderVisit } from '../present-visit.ts';
import { alertRecipients, scheduleVisitCheck, sendHelpAlert } from '../visit-alerts.ts';
import { changeVisit } from '../change-visit.ts';

/**
 * "I need help": the worker on an open visit calls for help. In one transaction the buddy, the
 * managers and the supervisor get an urgent notice, the timeline and the audit log record it, and the
 * escalation ladder restarts from the top (level 1 now), its next rung queued as a job so it survives a
 * restart. It goes on escalating, even after a check-out, until someone acknowledges it.
 */
export function requestHelp(ctx: AppContext, { actor, scheme, id }: InScheme & { id: string }): Promise<VisitView> {
  return changeVisit(ctx, {
    actor,
    scheme,
    id,
    need: 'work',
    audit: { action: 'lone-working.help' },
    work: async ({ trx, scheme, visit, now, byUserId }) => {
      if (visit.status !== 'planned' && visit.status !== 'checked_in') {
        throw new AppError(
          'illegal-transition',
          `This visit is ${visit.status === 'checked_out' ? 'checked out' : 'cancelled'}, so Linkwork cannot raise help for it. If you are in danger, call 999 now; otherwise phone your buddy, ${visit.buddy_name}.`,
        );
      }
      const contacts = await safetyContacts(trx, scheme.id, visit.worker_id);
      const told = await sendHelpAlert(ctx, trx, visit, alertRecipients(visit, contacts, 1), now);
      await repo.insertVisitEvent(trx, {
        schemeId: scheme.id,
        visitId: id,
        kind: 'help_requested',
        at: now,
        byUserId,
        detail: `told ${told.length} people`,
        alertLevel: 1,
      });
      const settings = await repo.loneWorkingSettings(trx, scheme.id);
      const ladder = {
        ...ladderVisit(visit),
        alertLevel: 1,
        lastAlertAt: now,
        acknowledgedAt: null,
        escalationEndedAt: null,
        helpRequestedAt: now,
      };
      await scheduleVisitCheck(
        ctx,
        trx,
        { schemeId: scheme.id, visitId: id, expectedEnd: visit.expected_end, level: 1 },
        nextDueAt(ladder, settings),
      );
      return {
        help_requested_at: now,
        alert_level: 1,
        last_alert_at: now,
        escalation_ended_at: null,
        acknowledged_at: null,
        acknowledged_by: null,
        acknowledgement_note: null,
      };
    },
  });
}
