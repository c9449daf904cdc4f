/** The buddy, a supervisor or a manager acknowledging a visit's alert, which stops the escalation. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import { safetyContacts } from '../../../scheme/notifications/index.ts';
import { changeVisit } from '../change-visit.ts';
import { isHelpActive } from '../escalation-ladder.ts';
import * as repo from '../lone-working.repository.ts';
import type { VisitView } from '../lone-working.schemas.ts';
import { ladderVisit } from '../present-visit.ts';
import { ukTime } from '../uk-time.ts';
import { alertRecipients, sendAlertCleared } from '../visit-alerts.ts';

/** The buddy, a supervisor or a manager records that they know the worker is safe (or what they have done): escalation stops. */
export function acknowledgeAlert(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: { note: string } },
): Promise<VisitView> {
  const note = input.note.trim();
  if (!note)
    throw fail.field(
      'note',
      'Say what you did and found.',
      'For example: "Called Jordan, she is safe, phone had died".',
    );
  return changeVisit(ctx, {
    actor,
    scheme,
    id,
    need: 'acknowledge',
    audit: { action: 'lone-working.acknowledge' },
    work: async (w) => {
      if (w.visit.acknowledged_at)
        throw new AppError(
          'illegal-transition',
          `${w.visit.acknowledged_by_name ?? 'Someone'} already acknowledged this alert at ${ukTime(w.visit.acknowledged_at)}.`,
        );
      if (w.visit.alert_level === 0)
        throw new AppError('illegal-transition', 'This visit has no alert to acknowledge.');
      if ((w.visit.status === 'checked_out' || w.visit.status === 'cancelled') && !isHelpActive(ladderVisit(w.visit)))
        throw new AppError(
          'illegal-transition',
          `${w.visit.worker_name} has already ${w.visit.status === 'checked_out' ? 'checked out' : 'cancelled the visit'}: the alert is closed.`,
        );
      await repo.insertVisitEvent(w.trx, {
        schemeId: w.scheme.id,
        visitId: id,
        kind: 'acknowledged',
        at: w.now,
        byUserId: w.byUserId,
        detail: note,
        alertLevel: w.visit.alert_level,
      });
      const contacts = await safetyContacts(w.trx, w.scheme.id, w.visit.worker_id);
      const others = alertRecipients(w.visit, contacts, w.visit.alert_level).filter((r) => r !== w.byUserId);
      await sendAlertCleared(
        ctx,
        w.trx,
        w.visit,
        others,
        `acknowledged by ${actor.kind === 'user' ? actor.name || 'a colleague' : 'a colleague'}`,
      );
      return { acknowledged_at: w.now, acknowledged_by: w.byUserId, acknowledgement_note: note };
    },
  });
}
