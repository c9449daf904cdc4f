/**
 * Telling the managers when a practice stops referring: every morning each running scheme's practices are checked
 * against their own baseline (practice-quiet.ts), and the scheme's managers are told of each practice that has
 * fallen quiet, once per quiet spell. The spell is named by the practice's last referral day, so the database's
 * one-notification-per-event rule keeps the alert from repeating, and a practice that refers again and then falls
 * quiet again starts a new spell and is told of again.
 */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { formatLondonDate } from '../../../platform/format-london.ts';
import { londonDate } from '../../../platform/london-time.ts';
import { listOrganisations, listSchemeIds } from '../../identity/organisations/index.ts';
import { loadPolicy } from '../../scheme/scheme-settings/index.ts';
import { notify, safetyContacts } from '../../scheme/notifications/index.ts';
import { firstDayNeeded, quietPractices } from './practice-quiet.ts';
import { practiceDays } from './practice.repository.ts';

export const PRACTICE_STOPPED_JOB = 'reports.practices-stopped-referring';

/** Checks every running scheme; returns how many notifications were sent (none for a spell already told of). */
export async function tellOfStoppedPractices(ctx: AppContext): Promise<number> {
  let told = 0;
  for (const schemeId of await listSchemeIds(ctx.db, { activeOnly: true }))
    told += await inSchemeTransaction(ctx.db, schemeId, (trx) => tellScheme(ctx, trx, schemeId));
  return told;
}

async function tellScheme(ctx: AppContext, trx: Transaction<DB>, schemeId: string): Promise<number> {
  const today = londonDate(ctx.now());
  const policy = await loadPolicy(trx, schemeId);
  const days = await practiceDays(trx, schemeId, { fromDay: firstDayNeeded(today), toDay: today, practice: null });
  const quiet = quietPractices(days, { today, quietWeeks: policy.practice_quiet_weeks });
  if (quiet.length === 0) return 0;
  const [{ managerIds }, practices] = await Promise.all([
    safetyContacts(trx, schemeId, null),
    listOrganisations(trx, 'gp_practice'),
  ]);
  const nameOf = (ods: string) => practices.find((p) => p.ods_code === ods)?.name ?? `Practice ${ods}`;
  let told = 0;
  for (const q of quiet) {
    const recipients = await notify(ctx, trx, {
      schemeId,
      recipientIds: managerIds,
      kind: 'practice.stopped-referring',
      subject: 'A GP practice has stopped referring',
      body: `${nameOf(q.practice)} (${q.practice}) has sent no referral since ${formatLondonDate(q.lastReferralOn)}, ${q.weeksQuiet} weeks ago. It sent ${q.baselineReferrals} in the 26 weeks before that, so about ${q.expected} would have been expected since. You may want to remind the practice about the service.`,
      link: `/reports/practices?practice=${encodeURIComponent(q.practice)}`,
      event: `practice-stopped-referring:${q.practice}:${q.lastReferralOn}`,
    });
    told += recipients.length;
  }
  return told;
}
