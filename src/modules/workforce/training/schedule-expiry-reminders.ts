/** The reminders sent when a training record is about to run out and when it has run out. */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import { addDays, londonDate, startOfLondonDay } from '../../../platform/london-time.ts';
import { EXPIRING_DAYS } from './training-rules.ts';

export const TRAINING_EXPIRY_JOB = 'training.expiry-reminder';

type Stage = 'soon' | 'expired';

/**
 * Schedules the two reminders for a record that expires: 30 days before, and the day after its
 * last valid day, each at the start of that day in England (not at 01:00 BST, UTC midnight). A
 * reminder already due goes at once; one per record and stage.
 */
export async function scheduleExpiryReminders(
  ctx: AppContext,
  trx: Transaction<DB>,
  schemeId: string,
  recordId: string,
  expiresOn: string | null,
): Promise<void> {
  if (expiresOn === null) return;
  const now = ctx.now();
  const at = (date: string) => {
    const when = startOfLondonDay(date);
    return when > now ? when : now;
  };
  const stages: [Stage, string][] = [
    ['soon', addDays(expiresOn, -EXPIRING_DAYS)],
    ['expired', addDays(expiresOn, 1)],
  ];
  for (const [stage, date] of stages) {
    if (stage === 'soon' && addDays(expiresOn, 1) <= londonDate(now)) continue;
    await ctx.jobs.send(
      trx,
      TRAINING_EXPIRY_JOB,
      { schemeId, recordId, stage },
      { startAfter: at(date), singletonKey: `${recordId}:${stage}` },
    );
  }
}
