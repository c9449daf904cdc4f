/** Sending a training expiry reminder to the worker and the scheme's managers. */
import type { AppContext } from '../../../../context.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import type { JobData } from '../../../../platform/jobs/job-queue.ts';
import { notify } from '../../../scheme/notifications/index.ts';
import { safetyContacts } from '../../../scheme/notifications/index.ts';
import { longDate } from '../training-rules.ts';
import { findUserName } from '../trained-people.repository.ts';
import { findRecord, hasNewerRecord, reminderSent } from '../training-records.repository.ts';

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
