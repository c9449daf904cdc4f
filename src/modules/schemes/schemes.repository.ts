import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** The active scheme managers, supervisors and link workers of a scheme, by role then name. */
export function listSchemeTeam(db: Kysely<DB>, schemeId: string) {
  return db
    .selectFrom('memberships as m').innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'm.role'])
    .where('m.scheme_id', '=', schemeId).where('u.active', '=', true)
    .where('m.role', 'in', ['scheme_manager', 'supervisor', 'link_worker'])
    .orderBy('m.role').orderBy('u.name').execute();
}
