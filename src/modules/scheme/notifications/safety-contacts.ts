import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

/** The people to tell when something happens to a worker or their patient. */
export interface SafetyContacts {
  /** The worker's named clinical supervisor (scheme settings, workers). */
  supervisorId: string | null;
  /** The scheme's safeguarding lead (scheme settings). */
  safeguardingLeadId: string | null;
  /** Every active scheme manager. */
  managerIds: string[];
}

/** Looks up a worker's supervisor, the scheme's safeguarding lead and its managers (one query each). */
export async function safetyContacts(
  trx: Transaction<DB>,
  schemeId: string,
  workerId: string | null,
): Promise<SafetyContacts> {
  const [profile, policy, managers] = await Promise.all([
    workerId
      ? trx
          .selectFrom('worker_profiles')
          .select('supervisor_id')
          .where('scheme_id', '=', schemeId)
          .where('user_id', '=', workerId)
          .executeTakeFirst()
      : undefined,
    trx
      .selectFrom('scheme_policies')
      .select('safeguarding_lead_id')
      .where('scheme_id', '=', schemeId)
      .executeTakeFirst(),
    trx
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select('users.id')
      .where('memberships.scheme_id', '=', schemeId)
      .where('memberships.role', '=', 'scheme_manager')
      .where('users.active', '=', true)
      .orderBy('users.name')
      .execute(),
  ]);
  return {
    supervisorId: profile?.supervisor_id ?? null,
    safeguardingLeadId: policy?.safeguarding_lead_id ?? null,
    managerIds: managers.map((m) => m.id),
  };
}
