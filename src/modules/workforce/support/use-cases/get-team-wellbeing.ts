/** A page of the team's workload signals, for a manager or a supervisor. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { decodeNamePosition, namePage } from '../../../../platform/http/cursor.ts';
import type { TeamWellbeing } from '../support.schemas.ts';
import { pageSupervisionStates } from '../supervision.repository.ts';
import { workloadSignals } from '../workload-signals.ts';
import { userIdOf } from '../../../../platform/actor.ts';

/** Link workers per page of the team's wellbeing. */
export const TEAM_PAGE = 25;

/**
 * A page of the team's workload signals, by name, for a manager (every worker) or a supervisor (their
 * supervisees): counts and warnings only, never reflections, session feelings or debrief notes.
 */
export async function getTeamWellbeing(
  ctx: AppContext,
  { actor, scheme, after, before }: InScheme & { after?: string; before?: string },
): Promise<TeamWellbeing> {
  const position = decodeNamePosition({ after, before });
  const userId = userIdOf(actor) ?? '';
  const manager = actor.kind === 'user' && actor.role === 'scheme_manager';
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const rows = await pageSupervisionStates(trx, scheme.id, {
      supervisorId: manager ? null : userId,
      position,
      limit: TEAM_PAGE,
    });
    const page = namePage(rows, TEAM_PAGE, position, (r) => ({ name: r.worker_name, id: r.worker_id }));
    const { workers, threshold } = await workloadSignals(trx, ctx, scheme.id, page.items);
    return { workers, difficultSessionsThreshold: threshold, next: page.next, previous: page.previous };
  });
}
