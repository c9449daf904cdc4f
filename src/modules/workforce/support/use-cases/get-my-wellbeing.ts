/** A link worker's own workload and wellbeing signals. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import type { WorkloadSignals } from '../support.schemas.ts';
import { listSupervisionStates } from '../supervision.repository.ts';
import { workloadSignals } from '../workload-signals.ts';
import { userIdOf } from '../../../../platform/actor.ts';

/** A link worker's own workload and wellbeing signals, to help them notice strain early: computed for them alone. */
export async function getMyWellbeing(ctx: AppContext, { actor, scheme }: InScheme): Promise<WorkloadSignals> {
  const userId = userIdOf(actor) ?? '';
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const states = userId ? await listSupervisionStates(trx, scheme.id, userId) : [];
    const mine = states.length ? (await workloadSignals(trx, ctx, scheme.id, states)).workers[0] : undefined;
    if (!mine) throw fail.notFound('A caseload of yours');
    return mine;
  });
}
