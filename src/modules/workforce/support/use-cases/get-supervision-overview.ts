/** The supervision page: the worker's own position and a page of the people they supervise. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { decodeNamePosition, namePage } from '../../../../platform/http/cursor.ts';
import { londonDate } from '../../../../platform/london-time.ts';
import type { SupervisionOverview } from '../support.schemas.ts';
import { summarise } from '../supervision-summary.ts';
import * as repo from '../supervision.repository.ts';
import { userIdOf } from '../../../../platform/actor.ts';

/** Link workers per page of the supervision overview, as for the team's wellbeing. */
export const SUPERVISEES_PAGE = 25;

/**
 * The supervision page: a worker's own position, and a page (by name) of a supervisor's supervisees or, for a
 * manager, of every worker. Each is read for those people alone, so the cost follows the page, not the scheme.
 */
export async function getSupervisionOverview(
  ctx: AppContext,
  { actor, scheme, after, before }: InScheme & { after?: string; before?: string },
): Promise<SupervisionOverview> {
  const position = decodeNamePosition({ after, before });
  const userId = userIdOf(actor) ?? '';
  const isManager = actor.kind === 'user' && actor.role === 'scheme_manager';
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const today = londonDate(ctx.now());
    if (!userId) return { me: null, supervisees: [], next: null, previous: null };
    const [mine] = await repo.listSupervisionStates(trx, scheme.id, userId);
    const rows = await repo.pageSupervisionStates(trx, scheme.id, {
      supervisorId: isManager ? null : userId,
      exceptId: userId,
      position,
      limit: SUPERVISEES_PAGE,
    });
    const page = namePage(rows, SUPERVISEES_PAGE, position, (r) => ({ name: r.worker_name, id: r.worker_id }));
    return {
      me: mine ? summarise(mine, today) : null,
      supervisees: page.items.map((s) => summarise(s, today)),
      next: page.next,
      previous: page.previous,
    };
  });
}
