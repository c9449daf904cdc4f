/** One link worker's profile, as the form that changes it starts from. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import * as repo from '../../../scheme/scheme-settings/index.ts';
import type { WorkerProfileView } from '../../../scheme/scheme-settings/index.ts';
import { presentWorkerProfiles } from '../present-worker-profile.ts';

/** One link worker's hours, languages, supervision and safe caseload: the form that changes them starts from it. */
export async function getWorkerProfile(
  ctx: AppContext,
  { scheme, userId }: InScheme & { userId: string },
): Promise<WorkerProfileView> {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const row = await repo.findActiveWorkerProfile(trx, scheme.id, userId);
    if (!row) throw fail.notFound('That link worker');
    const [worker] = await presentWorkerProfiles(trx, scheme.id, [row], ctx.now());
    return worker!;
  });
}
