import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { NamePosition } from '../../../platform/http/cursor.ts';
import { pageByName } from '../../../platform/db/name-keyset.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** The roles that make up a scheme's team (and can buddy a lone worker). */
export const TEAM_ROLES = ['scheme_manager', 'supervisor', 'link_worker'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Above every character a name can hold: `word < prefix + END` keeps the words that start with the prefix. */
const END = '\u{10FFFF}';

/**
 * One page of a scheme's active team members (in the roles given) ordered by name then id, limit + 1
 * rows after a position or before one in reverse order. Each search word must start a word of the name:
 * a range on `user_name_words` (its primary key, in the "C" collation), so a narrow search reads its few
 * matches and a broad one stops at the page when walking names in order.
 */
export function pageSchemePeople(
  db: Db,
  schemeId: string,
  page: { words: readonly string[]; roles: readonly TeamRole[]; position: NamePosition; limit: number },
) {
  let query = db
    .selectFrom('users as u')
    .select(['u.id', 'u.name'])
    .where('u.active', '=', true)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('memberships as m')
          .select('m.id')
          .whereRef('m.user_id', '=', 'u.id')
          .where('m.scheme_id', '=', schemeId)
          .where('m.role', 'in', [...page.roles]),
      ),
    );
  for (const word of page.words) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_name_words as w')
          .select('w.user_id')
          .whereRef('w.user_id', '=', 'u.id')
          .where('w.word', '>=', word)
          .where('w.word', '<', `${word}${END}`),
      ),
    );
  }
  return pageByName(query, page.position, page.limit).execute();
}

/** The team roles each of the given people holds in the scheme (a page's worth: one index probe each). */
export function listPeopleRoles(db: Db, schemeId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('memberships as m')
    .select(['m.user_id', 'm.role'])
    .where('m.scheme_id', '=', schemeId)
    .where('m.role', 'in', [...TEAM_ROLES])
    .where('m.user_id', 'in', [...userIds])
    .orderBy('m.user_id')
    .orderBy('m.role')
    .execute();
}
