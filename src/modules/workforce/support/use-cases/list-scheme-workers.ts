/** A page of the scheme's link workers, found by name. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { decodeNamePosition, namePage } from '../../../../platform/http/cursor.ts';
import * as repo from '../../../scheme/scheme-settings/index.ts';
import type { WorkerPage, WorkerPageQuery } from '../../../scheme/scheme-settings/index.ts';
import { presentWorkerProfiles } from '../present-worker-profile.ts';

/** Link workers per page of the scheme settings. */
export const WORKER_PAGE = 25;

/**
 * A page of the scheme's link workers by name (those whose name contains `q`, if given) with the total:
 * a scheme of thousands of workers is read a page at a time, and a manager finds one by name.
 */
export async function listSchemeWorkers(
  ctx: AppContext,
  { scheme, after, before, q }: InScheme & WorkerPageQuery,
): Promise<WorkerPage> {
  const position = decodeNamePosition({ after, before });
  const nameHas = q?.trim().replace(/\s+/g, ' ') || undefined;
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [rows, total] = await Promise.all([
      repo.pageWorkerProfiles(trx, scheme.id, { position, limit: WORKER_PAGE, nameHas }),
      repo.countWorkerProfiles(trx, scheme.id, nameHas),
    ]);
    const page = namePage(rows, WORKER_PAGE, position, (r) => ({ name: r.name, id: r.user_id }));
    return {
      workers: await presentWorkerProfiles(trx, scheme.id, page.items, ctx.now()),
      total,
      next: page.next,
      previous: page.previous,
    };
  });
}
