import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import { notify } from '../../scheme/notifications/index.ts';
import type { OnwardRow } from './onward-referrals.repository.ts';
import { inboxUserIds } from './onward-referrals.repository.ts';

/** Notification subjects and bodies have length limits; service names and reasons are free text. */
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

const source = (r: Pick<OnwardRow, 'id'>) => ({ type: 'onward_referral', id: r.id });
const caseLink = (r: Pick<OnwardRow, 'case_id'>) => `/cases/${r.case_id}`;

/** Tells the link worker who sent it that an onward referral changed; never names the person. */
export function noticeToWorker(
  ctx: AppContext,
  trx: Transaction<DB>,
  r: OnwardRow,
  workerId: string,
  what: string,
  body?: string,
): Promise<string[]> {
  return notify(ctx, trx, {
    schemeId: r.scheme_id,
    recipientIds: [workerId],
    kind: 'onward-referral.status',
    link: caseLink(r),
    source: source(r),
    about: { caseId: r.case_id },
    subject: clip(`Onward referral to ${r.service_name}: ${what}`, 200),
    body: clip(
      body ??
        `Your onward referral to ${r.service_name} is now: ${what}. Open the case to see its history and any outcome.`,
      2000,
    ),
  });
}

/** Tells the receiving organisation's inbox users; nobody when the service is not on Linkwork. */
export async function noticeToOrganisation(
  ctx: AppContext,
  trx: Transaction<DB>,
  r: OnwardRow,
  subject: string,
  body: string,
): Promise<string[]> {
  if (!r.receiving_organisation_id) return [];
  const users = await inboxUserIds(trx, r.scheme_id, r.receiving_organisation_id);
  return notify(ctx, trx, {
    schemeId: r.scheme_id,
    recipientIds: users,
    kind: 'onward-referral.inbox',
    link: `/inbox/${r.id}`,
    source: source(r),
    subject: clip(subject, 200),
    body: clip(body, 2000),
  });
}
