/** The signed-in worker's own visits. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import * as repo from '../lone-working.repository.ts';
import type { VisitList } from '../lone-working.schemas.ts';
import { presentVisitSummary } from '../present-visit.ts';

const DAY_MS = 86_400_000;

/** The signed-in worker's open visits (today's and upcoming) and those of the last week. */
export async function listMyVisits(ctx: AppContext, { actor, scheme }: InScheme): Promise<VisitList> {
  if (actor.kind !== 'user') throw fail.forbidden('Only people have visits.');
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [rows, settings] = await Promise.all([
      repo.listWorkerVisits(trx, scheme.id, actor.userId, new Date(now.getTime() - 7 * DAY_MS)),
      repo.loneWorkingSettings(trx, scheme.id),
    ]);
    return { visits: rows.map((v) => presentVisitSummary(actor, v, now, settings)), ...settings };
  });
}
