/** One link worker's supervision history. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { londonDate } from '../../../../platform/london-time.ts';
import { mayReadNotes, relationTo } from '../support-access.ts';
import type { WorkerSupervision } from '../support.schemas.ts';
import { actionsOf } from '../present-supervision-session.ts';
import { summarise } from '../supervision-summary.ts';
import * as repo from '../supervision.repository.ts';

/** One worker's supervision history: everyone related sees the sessions happened; action points only those who took part. */
export async function getWorkerSupervision(
  ctx: AppContext,
  { actor, scheme, workerId }: InScheme & { workerId: string },
): Promise<WorkerSupervision> {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [state] = await repo.listSupervisionStates(trx, scheme.id, workerId);
    const relation = await relationTo(trx, actor, scheme.id, workerId);
    if (!state || relation === 'none') throw fail.notFound('That link worker');
    const today = londonDate(ctx.now());
    const sessions = await repo.listWorkerSessions(trx, scheme.id, workerId);
    const readable = sessions.filter((s) => mayReadNotes(actor, { worker_id: s.worker_id, heldBy: [s.supervisor_id] }));
    return {
      summary: summarise(state, today),
      sessions: sessions.map((s) => ({
        id: s.id,
        heldOn: s.held_on,
        kind: s.kind,
        supervisorId: s.supervisor_id,
        supervisorName: s.supervisor_name,
        confidential: !readable.includes(s),
      })),
      actions: await actionsOf(
        trx,
        readable.map((s) => s.id),
        today,
      ),
      canRecord: relation === 'supervisor' || relation === 'manager',
    };
  });
}
