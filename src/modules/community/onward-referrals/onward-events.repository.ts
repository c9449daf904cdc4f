/** The status history of onward referrals: one row per change and by whom, for the referral's page and the case timeline. */
import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { OnwardActorKind, OnwardReferralStatus } from '../../../db/tables/onward-referrals.ts';

export interface NewEvent {
  schemeId: string;
  onwardReferralId: string;
  from: OnwardReferralStatus | null;
  to: OnwardReferralStatus;
  kind: string;
  byKind: OnwardActorKind;
  byUserId?: string | null;
  byApiClientId?: string | null;
  note?: string | null;
  at: Date;
}

export async function insertEvent(trx: Transaction<DB>, e: NewEvent): Promise<void> {
  await trx
    .insertInto('onward_referral_events')
    .values({
      scheme_id: e.schemeId,
      onward_referral_id: e.onwardReferralId,
      from_status: e.from,
      to_status: e.to,
      kind: e.kind,
      by_kind: e.byKind,
      by_user_id: e.byUserId ?? null,
      by_api_client_id: e.byApiClientId ?? null,
      note: e.note ?? null,
      at: e.at,
    })
    .execute();
}

export interface EventRow {
  onward_referral_id: string;
  from_status: OnwardReferralStatus | null;
  to_status: OnwardReferralStatus;
  kind: string;
  by_kind: OnwardActorKind;
  by_name: string | null;
  note: string | null;
  at: Date;
}

export async function listEvents(trx: Transaction<DB>, ids: string[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return trx
    .selectFrom('onward_referral_events as e')
    .leftJoin('users as u', 'u.id', 'e.by_user_id')
    .leftJoin('api_clients as c', 'c.id', 'e.by_api_client_id')
    .where('e.onward_referral_id', 'in', ids)
    .select([
      'e.onward_referral_id',
      'e.from_status',
      'e.to_status',
      'e.kind',
      'e.by_kind',
      'e.note',
      'e.at',
      sql<string | null>`coalesce(u.name, c.name)`.as('by_name'),
    ])
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

/** Every status change of a case's onward referrals, for the case timeline. */
export function listCaseEvents(trx: Transaction<DB>, caseId: string) {
  return trx
    .selectFrom('onward_referral_events as e')
    .innerJoin('onward_referrals as o', 'o.id', 'e.onward_referral_id')
    .leftJoin('users as u', 'u.id', 'e.by_user_id')
    .leftJoin('api_clients as c', 'c.id', 'e.by_api_client_id')
    .where('o.case_id', '=', caseId)
    .select([
      'e.at',
      'e.to_status',
      'e.kind',
      'e.note',
      'e.by_kind',
      'o.service_name',
      sql<string | null>`coalesce(u.name, c.name)`.as('by_name'),
    ])
    .orderBy('e.at')
    .execute();
}
