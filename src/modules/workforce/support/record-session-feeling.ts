import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB, Feeling } from '../../../db/schema.ts';
import { loadPolicy } from '../../scheme/scheme-settings/index.ts';
import * as repo from './debriefs.repository.ts';
import { requestDebrief } from './request-debrief.ts';

const HARD: readonly Feeling[] = ['difficult', 'distressing'];

/**
 * Keeps how a session left the worker (private to them) and asks for a debrief when it was
 * distressing, or when their last N sessions (the scheme's setting) were all difficult or
 * distressing: once per such run. Runs in the caller's transaction, with the session it belongs to.
 */
export async function recordSessionFeeling(
  ctx: AppContext,
  trx: Transaction<DB>,
  input: { schemeId: string; workerId: string; sessionId: string; feeling: Feeling },
): Promise<void> {
  const { schemeId, workerId, sessionId } = input;
  await repo.saveFeeling(trx, { ...input, at: ctx.now() });
  if (input.feeling === 'distressing')
    await requestDebrief(ctx, trx, { schemeId, workerId, reason: 'distressing_session', sessionId });
  if (!HARD.includes(input.feeling)) return;
  await loadPolicy(trx, schemeId);
  const { difficult_sessions_in_row: n } = await trx
    .selectFrom('scheme_policies')
    .select('difficult_sessions_in_row')
    .where('scheme_id', '=', schemeId)
    .executeTakeFirstOrThrow();
  const latest = await repo.latestFeelings(trx, schemeId, workerId, n);
  if (latest.length < n || !latest.every((f) => HARD.includes(f.feeling))) return;
  if (await repo.runAlreadyPrompted(trx, schemeId, workerId, await repo.lastEasyFeelingAt(trx, schemeId, workerId)))
    return;
  await requestDebrief(ctx, trx, { schemeId, workerId, reason: 'difficult_sessions_in_row', sessionId });
}
