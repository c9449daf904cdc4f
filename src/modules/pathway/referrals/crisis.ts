import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import { formatLondonDateTime } from '../../../platform/format-london.ts';
import type { CrisisReason } from '../../../db/tables/crisis-referrals.ts';
import type { NotificationKind } from '../../scheme/notifications/index.ts';
import { notify } from '../../scheme/notifications/index.ts';
import { safetyContacts } from '../../scheme/notifications/index.ts';
import { loadCrisisContacts } from '../../scheme/scheme-settings/index.ts';
import type { CrisisAdvice } from './referrals.schemas.ts';

/** The notification kind for a referral that may describe a crisis (urgent: a person may be at risk now). */
export const POSSIBLE_CRISIS_KIND: NotificationKind = 'referral.possible-crisis';

/** The crisis reasons stored on a referral, whichever way the driver hands jsonb back. */
export function crisisReasonsOf(row: { crisis_reasons: CrisisReason[] | string }): CrisisReason[] {
  const raw: unknown = typeof row.crisis_reasons === 'string' ? JSON.parse(row.crisis_reasons) : row.crisis_reasons;
  return Array.isArray(raw) ? (raw as CrisisReason[]) : [];
}

/**
 * Tells the scheme's managers (who run triage) and its safeguarding lead at once, in the caller's
 * transaction, that a referral may describe a crisis. Nothing about the person is in the words,
 * since they may go out by email: the app names the person from the referral when the alert is
 * read (to a reader who may see the referral), and the link leads to it. One alert per referral,
 * whether its words came at intake or in an answer to a question (`inAnswer`). Returns who was told.
 */
export async function alertPossibleCrisis(
  ctx: AppContext,
  trx: Transaction<DB>,
  r: { schemeId: string; referralId: string; at: Date; inAnswer?: boolean },
): Promise<string[]> {
  const contacts = await safetyContacts(trx, r.schemeId, null);
  const what = r.inAnswer
    ? `The referrer's answer to a question about a referral received on ${formatLondonDateTime(r.at)} may describe a crisis.`
    : `A referral received on ${formatLondonDateTime(r.at)} may describe a crisis.`;
  return notify(ctx, trx, {
    schemeId: r.schemeId,
    recipientIds: [...contacts.managerIds, contacts.safeguardingLeadId],
    kind: POSSIBLE_CRISIS_KIND,
    subject: 'Possible crisis referral: review today',
    body: `${what} It is at the top of the triage queue: review it today and make sure the person has been told where to get urgent help.`,
    link: `/referrals/${r.referralId}`,
    source: { type: 'referral', id: r.referralId },
    about: { referralId: r.referralId },
    event: `referral-crisis:${r.referralId}`,
  });
}

/**
 * What a referrer must be told instead of "sent" when a referral may describe a crisis: this
 * service cannot respond to one, and where to go now (999, NHS 111 option 2, the scheme's crisis
 * contacts, the alternative pathway of each crisis-type exclusion named). Null when it does not.
 */
export async function crisisAdviceFor(
  trx: Transaction<DB>,
  schemeId: string,
  reasons: readonly CrisisReason[],
): Promise<CrisisAdvice | null> {
  if (reasons.length === 0) return null;
  const contacts = await loadCrisisContacts(trx, schemeId);
  const alternatives = [...new Set(reasons.flatMap((r) => (r.kind === 'exclusion' ? [r.alternative] : [])))];
  return {
    reasons: reasons.map((r) =>
      r.kind === 'exclusion'
        ? `The referral says: ${r.label}.`
        : `The referral's words suggest a risk of harm (${r.phrases.map((p) => `"${p}"`).join(', ')}).`,
    ),
    contacts: contacts.map((c) => ({ name: c.name, phone: c.phone, when: c.when })),
    alternatives,
  };
}
