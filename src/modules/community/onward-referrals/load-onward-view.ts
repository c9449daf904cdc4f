/** One onward referral as the worker sees it. */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { fail } from '../../../platform/errors.ts';
import * as repo from './onward-referrals.repository.ts';
import type { OnwardView } from './onward-referrals.schemas.ts';
import { presentForWorker } from './present-onward.ts';
import { userNames } from './worker-access.ts';
import { listEvents } from './onward-events.repository.ts';

/** One onward referral as the worker sees it (after access was checked). */
export async function loadOnwardView(trx: Transaction<DB>, id: string): Promise<OnwardView> {
  const row = await repo.findOnward(trx, id);
  if (!row) throw fail.notFound('That onward referral');
  const [events, names] = await Promise.all([listEvents(trx, [id]), userNames(trx, [row.consent_recorded_by])]);
  return presentForWorker(row, events, { consentBy: names.get(row.consent_recorded_by) ?? 'Unknown' });
}
