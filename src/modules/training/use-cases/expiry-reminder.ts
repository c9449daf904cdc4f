import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { addDays, londonDate, startOfLondonDay } from '../../../platform/london-time.ts';
import type { JobData } from '../../../platform/jobs/job-queue.ts';
import { notify } from '../../notifications/index.ts';
import { safetyContacts } from '../../notifications/index.ts';
import { EXPIRING_DAYS, longDate } from '../training-rules.ts';
import { findUserName } from '../trained-people.repository.ts';
import { findRecord, hasNewerRecord, reminderSent } from '../training-records.repository.ts';

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

/**
 * Tells the worker and the scheme's managers that training is about to run out or has run out,
 * unless it has since been renewed. Safe to run twice: a reminder already sent is not repeated.
 */
export async function sendExpiryReminder(ctx: AppContext, data: JobData): Promise<void> {
  const { schemeId, recordId, stage } = data;
  if (typeof schemeId !== 'string' || typeof recordId !== 'string' || (stage !== 'soon' && stage !== 'expired')) return;
  await inSchemeTransaction(ctx.db, schemeId, async (trx) => {
    const record = await findRecord(trx, recordId);
    if (!record || record.expires_on === null) return;
    if (await hasNewerRecord(trx, record)) return;
    const kind = `training.${stage}` as const;
    if (await reminderSent(trx, recordId, kind)) return;
    const worker = await findUserName(trx, record.user_id);
    if (!worker?.active) return;
    const when = longDate(record.expires_on);
    const source = { type: 'training_record', id: recordId };
    await notify(ctx, trx, {
      schemeId,
      recipientIds: [record.user_id],
      kind,
      source,
      link: '/training',
      subject:
        stage === 'soon'
          ? `Your ${record.course_name} training expires on ${when}`
          : `Your ${record.course_name} training has expired`,
      body:
        stage === 'soon'
          ? `Your ${record.course_name} training is valid until ${when}. Book the refresher and record it in Linkwork when done.`
          : `Your ${record.course_name} training ran out on ${when}. Until you renew it you may not be given cases that need it. Record it in Linkwork when done.`,
    });
    const { managerIds } = await safetyContacts(trx, schemeId, record.user_id);
    await notify(ctx, trx, {
      schemeId,
      recipientIds: managerIds.filter((id) => id !== record.user_id),
      kind,
      source,
      link: `/training/people/${record.user_id}`,
      subject:
        stage === 'soon'
          ? `${worker.name}: ${record.course_name} expires on ${when}`
          : `${worker.name}: ${record.course_name} has expired`,
      body: `${worker.name}'s ${record.course_name} training ${stage === 'soon' ? 'is valid until' : 'ran out on'} ${when}. See the training matrix.`,
    });
  });
}
