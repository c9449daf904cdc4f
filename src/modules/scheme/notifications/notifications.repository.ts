import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

/** A position in the inbox: the last row's urgency, time and id. */
export interface InboxCursor {
  urgent: boolean;
  at: Date;
  id: string;
}

const PAGE_COLUMNS = [
  'id',
  'kind',
  'urgent',
  'subject',
  'body',
  'link',
  'created_at',
  'read_at',
  'case_id',
  'referral_id',
  'worker_id',
] as const;

/**
 * One page of the recipient's inbox in this scheme, urgent first, then newest, by keyset on
 * notifications_inbox_idx (or its unread twin): the page is cut first and only its rows are joined,
 * so the cost follows the page, not the inbox. The names of the person (through the case or the
 * referral) and the worker are read now, under row-level security. Returns limit + 1 rows, to tell whether more follow.
 */
export function listForRecipient(
  trx: Transaction<DB>,
  schemeId: string,
  recipientId: string,
  options: { unreadOnly: boolean; after: InboxCursor | null; limit: number },
) {
  return trx
    .with('page', (db) => {
      let query = db
        .selectFrom('notifications')
        .select(PAGE_COLUMNS)
        .where('recipient_id', '=', recipientId)
        .where('scheme_id', '=', schemeId);
      if (options.unreadOnly) query = query.where('read_at', 'is', null);
      const after = options.after;
      if (after)
        query = query.where((eb) =>
          eb(eb.refTuple('urgent', 'created_at', 'id'), '<', eb.tuple(after.urgent, after.at, after.id)),
        );
      return query
        .orderBy('urgent', 'desc')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit + 1);
    })
    .selectFrom('page as n')
    .leftJoin('cases as c', 'c.id', 'n.case_id')
    .leftJoin('patients as p', 'p.id', 'c.patient_id')
    .leftJoin('referrals as r', 'r.id', 'n.referral_id')
    .leftJoin('patients as rp', 'rp.id', 'r.patient_id')
    .leftJoin('users as w', 'w.id', 'n.worker_id')
    .select([
      'n.id',
      'n.kind',
      'n.urgent',
      'n.subject',
      'n.body',
      'n.link',
      'n.created_at',
      'n.read_at',
      'n.case_id',
      'c.worker_id as case_worker_id',
      'c.scheme_id as case_scheme_id',
      'p.given_name',
      'p.family_name',
      'n.worker_id',
      'w.name as worker_name',
      'n.referral_id',
      'r.scheme_id as referral_scheme_id',
      'r.referred_by_user_id',
      'r.referrer_organisation_id',
      'r.practice_ods_code as referral_practice_ods_code',
      'rp.given_name as referral_given_name',
      'rp.family_name as referral_family_name',
    ])
    .orderBy('n.urgent', 'desc')
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .execute();
}

export type InboxRow = Awaited<ReturnType<typeof listForRecipient>>[number];

export async function countUnread(
  trx: Transaction<DB>,
  schemeId: string,
  recipientId: string,
): Promise<{ unread: number; urgent: number }> {
  const row = await trx
    .selectFrom('notifications')
    .select((eb) => [
      eb.fn.countAll<string>().as('unread'),
      eb.fn.countAll<string>().filterWhere('urgent', '=', true).as('urgent'),
    ])
    .where('recipient_id', '=', recipientId)
    .where('scheme_id', '=', schemeId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { unread: Number(row.unread), urgent: Number(row.urgent) };
}

/** Marks one (or, with no id, every) unread notification of the recipient in this scheme read; returns how many changed. */
export async function markRead(
  trx: Transaction<DB>,
  schemeId: string,
  recipientId: string,
  id: string | null,
  at: Date,
): Promise<number> {
  let query = trx
    .updateTable('notifications')
    .set({ read_at: at })
    .where('recipient_id', '=', recipientId)
    .where('scheme_id', '=', schemeId)
    .where('read_at', 'is', null);
  if (id) query = query.where('id', '=', id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** What the email job needs: the texts, never the names of the person or worker the notification is about. */
export function findForEmail(trx: Transaction<DB>, id: string) {
  return trx
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.recipient_id')
    .select([
      'notifications.id',
      'notifications.subject',
      'notifications.body',
      'notifications.link',
      'notifications.urgent',
      'notifications.emailed_at',
      'users.email',
      'users.name',
      'users.active',
    ])
    .where('notifications.id', '=', id)
    .executeTakeFirst();
}

export async function markEmailed(
  db: Kysely<DB> | Transaction<DB>,
  id: string,
  at: Date | null,
  error: string | null,
): Promise<void> {
  await db
    .updateTable('notifications')
    .set(at ? { emailed_at: at, email_error: null } : { email_error: error })
    .where('id', '=', id)
    .execute();
}

export async function isRecipient(
  trx: Transaction<DB>,
  schemeId: string,
  recipientId: string,
  id: string,
): Promise<boolean> {
  const row = await trx
    .selectFrom('notifications')
    .select('id')
    .where('id', '=', id)
    .where('recipient_id', '=', recipientId)
    .where('scheme_id', '=', schemeId)
    .executeTakeFirst();
  return row !== undefined;
}
