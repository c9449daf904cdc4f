/** The worker checking out safely at the end of a visit. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { changeVisit } from '../change-visit.ts';
import { clearAlert } from '../clear-alert.ts';
import * as repo from '../lone-working.repository.ts';
import type { VisitView } from '../lone-working.schemas.ts';
import { ukTime } from '../uk-time.ts';

/** The worker has left safely; also when overdue, which clears the alert and tells the buddy and managers. */
export function checkOut(ctx: AppContext, { actor, scheme, id }: InScheme & { id: string }): Promise<VisitView> {
  return changeVisit(ctx, {
    actor,
    scheme,
    id,
    need: 'work',
    event: 'check-out',
    audit: { action: 'lone-working.check-out' },
    work: async (w) => {
      const late = w.now.getTime() > w.visit.expected_end.getTime();
      await repo.insertVisitEvent(w.trx, {
        schemeId: w.scheme.id,
        visitId: id,
        kind: 'checked_out',
        at: w.now,
        byUserId: w.byUserId,
        detail: late ? `after the expected end (${ukTime(w.visit.expected_end)})` : '',
      });
      await clearAlert(ctx, w, `${w.visit.worker_name} has checked out and is safe`);
      return { checked_out_at: w.now };
    },
  });
}
