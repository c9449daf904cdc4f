import { sql, type SelectQueryBuilder } from 'kysely';
import type { NamePosition } from '../http/cursor.ts';

/**
 * One keyset page of people by name then id, for a query that reads `users` as `u`: limit + 1 rows after
 * a position, or before one in reverse order (namePage in platform/http/cursor.ts turns them back). One
 * place for the clause, so every people list pages along users_name_idx the same way.
 */
export function pageByName<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  position: NamePosition,
  limit: number,
): SelectQueryBuilder<DB, TB, O> {
  const { after, before } = position;
  let page = query;
  if (after) page = page.where(sql<boolean>`(u.name, u.id) > (${after.name}, ${after.id})`);
  if (before) page = page.where(sql<boolean>`(u.name, u.id) < (${before.name}, ${before.id})`);
  const direction = before ? sql`desc` : sql`asc`;
  return page
    .orderBy(sql`u.name ${direction}`)
    .orderBy(sql`u.id ${direction}`)
    .limit(limit + 1);
}
