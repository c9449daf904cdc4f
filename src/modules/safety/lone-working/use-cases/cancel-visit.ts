/** The worker cancelling a visit that has not started. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { changeVisit } from '../change-visit.ts';
import { clearAlert } from '../clear-alert.ts';
import * as repo from '../lone-working.repository.ts';
import type { VisitView } from '../lone-working.schemas.ts';

/** Cancels a visit that has not started; if it had already raised an alert, the people alerted are told. */
export function cancelVisit(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: { version: number; reason?: string } },
): Promise<VisitView> {
  return changeVisit(ctx, {
    actor,
    scheme,
    id,
    need: 'work',
    event: 'cancel',
    version: input.version,
    audit: { action: 'lone-working.cancel' },
    work: async (w) => {
      await repo.insertVisitEvent(w.trx, {
        schemeId: w.scheme.id,
        visitId: id,
        kind: 'cancelled',
        at: w.now,
        byUserId: w.byUserId,
        detail: (input.reason ?? '').trim(),
      });
      await clearAlert(ctx, w, `${w.visit.worker_name} cancelled the visit`);
      return {};
    },
  });
}
