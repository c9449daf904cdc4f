/** One link worker's profile, as the form that changes it starts from. */
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../platform/errors.ts';
import { resolveScheme } from '../../schemes/index.ts';
import * as repo from '../../scheme-settings/index.ts';
import type { WorkerProfileView } from '../../scheme-settings/index.ts';
import { presentWorkerProfiles } from '../worker-profile-presenter.ts';

/** One link worker's hours, languages, supervision and safe caseload: the form that changes them starts from it. */
export async function getWorkerProfile(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  userId: string,
): Promise<WorkerProfileView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'scheme.settings.read');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const row = await repo.findActiveWorkerProfile(trx, scheme.id, userId);
    if (!row) throw fail.notFound('That link worker');
    const [worker] = await presentWorkerProfiles(trx, scheme.id, [row], ctx.now());
    return worker!;
  });
}
