/** The signed-in person's own notifications in a scheme, a page at a time. */
import type { AppContext } from '../../../../context.ts';
import type { UserActor } from '../../../../platform/actor.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../../../platform/http/cursor.ts';
import type { Notification, NotificationList } from '../notifications.schemas.ts';
import * as repo from '../notifications.repository.ts';
import type { ReferralParties, SubjectAccess } from '../subject-access.ts';

export const NOTIFICATION_PAGE = 50;

/** The inbox cursor: urgency, then the shared time-and-id cursor; a damaged one is a 400 naming "after". */
function decodeInboxCursor(value: string | undefined): repo.InboxCursor | null {
  if (value === undefined || value === '') return null;
  const flag = value.slice(0, 2);
  const rest = flag === 'u.' || flag === 'n.' ? decodeCursor(value.slice(2), 'after') : null;
  if (!rest)
    throw fail.field(
      'after',
      'The page cursor is not one this server gave out.',
      'Start again from the first page and follow the "next" links.',
    );
  return { urgent: flag === 'u.', ...rest };
}

const encodeInboxCursor = (c: repo.InboxCursor) => `${c.urgent ? 'u' : 'n'}.${encodeCursor(c.at, c.id)}`;

/** The person's name only while the reader may still read their case (the case follows the relationship). */
function personOfCase(access: SubjectAccess, actor: UserActor, r: repo.InboxRow): Notification['person'] {
  if (!r.case_id || !r.case_worker_id || !r.case_scheme_id || r.given_name === null || r.family_name === null)
    return null;
  if (!access.mayReadCase(actor, { scheme_id: r.case_scheme_id, worker_id: r.case_worker_id })) return null;
  return { name: `${r.given_name} ${r.family_name}` };
}

/** The person's name only while the reader may see the referral (the rule the referral page applies). */
function personOfReferral(mayRead: MayReadReferral | null, r: repo.InboxRow): Notification['person'] {
  if (
    !mayRead ||
    !r.referral_id ||
    !r.referral_scheme_id ||
    r.referral_given_name === null ||
    r.referral_family_name === null
  )
    return null;
  const parties = {
    scheme_id: r.referral_scheme_id,
    referred_by_user_id: r.referred_by_user_id,
    referrer_organisation_id: r.referrer_organisation_id,
    practice_ods_code: r.referral_practice_ods_code,
  };
  return mayRead(parties) ? { name: `${r.referral_given_name} ${r.referral_family_name}` } : null;
}

type MayReadReferral = (referral: ReferralParties) => boolean;

/**
 * The signed-in person's notifications in this scheme: urgent first, then newest, a page at a time,
 * naming the person and the worker each is about (looked up now, so a changed name shows and a reader
 * who lost access to the case, or may not see the referral, does not see it). Only ever their own.
 */
export async function listMyNotifications(
  ctx: AppContext,
  {
    actor,
    scheme,
    access,
    ...options
  }: InScheme<UserActor> & { unreadOnly: boolean; after?: string; access: SubjectAccess },
): Promise<NotificationList> {
  const after = decodeInboxCursor(options.after);
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const rows = await repo.listForRecipient(trx, scheme.id, actor.userId, {
      unreadOnly: options.unreadOnly,
      after,
      limit: NOTIFICATION_PAGE,
    });
    const counts = await repo.countUnread(trx, scheme.id, actor.userId);
    const page = rows.slice(0, NOTIFICATION_PAGE);
    const last = page[page.length - 1];
    const mayReadReferral = page.some((r) => r.referral_id !== null) ? await access.referralReader(trx, actor) : null;
    return {
      items: page.map((r) => ({
        id: r.id,
        kind: r.kind,
        urgent: r.urgent,
        subject: r.subject,
        body: r.body,
        link: r.link,
        person: personOfCase(access, actor, r) ?? personOfReferral(mayReadReferral, r),
        worker: r.worker_id && r.worker_name !== null ? { id: r.worker_id, name: r.worker_name } : null,
        createdAt: r.created_at.toISOString(),
        readAt: r.read_at?.toISOString() ?? null,
      })),
      ...counts,
      next:
        rows.length > NOTIFICATION_PAGE && last
          ? encodeInboxCursor({ urgent: last.urgent, at: last.created_at, id: last.id })
          : null,
    };
  });
}
