import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { cachedByDirectoryVersion } from '../directory-version-cache.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface SearchChoices {
  needs: { id: string; name: string; services: number }[];
  languages: { code: string; name: string }[];
}

/**
 * The search form's choices, counted once per directory version: the counts cover every service,
 * so they are reused until the next directory write (an import, an owner's edit) changes the
 * version, and recounted on the first load after it. Never stale; no count per form load.
 */
export function cachedSearchChoices(db: Db): Promise<SearchChoices> {
  return cachedByDirectoryVersion(db, 'staff-search-choices', () => searchChoices(db));
}

/** The needs (taxonomy terms) that at least one listed service meets, and the languages services are offered in: the search form's choices. */
export async function searchChoices(db: Db): Promise<SearchChoices> {
  const needs = await sql<{
    id: string;
    name: string;
    services: number;
  }>`select t.id, t.name, count(distinct a.link_id)::int as services
    from directory_taxonomy_terms t join directory_attributes a on a.taxonomy_term_id = t.id join directory_services s on s.id = a.link_id
    where s.status not in ('inactive', 'defunct') group by t.id, t.name order by t.name`.execute(db);
  const languages = await sql<{
    code: string;
    name: string;
  }>`select lower(code) as code, min(name) as name from directory_languages
    where service_id is not null and code is not null group by lower(code) order by min(name)`.execute(db);
  return { needs: needs.rows, languages: languages.rows.map((l) => ({ code: l.code, name: l.name ?? l.code })) };
}
