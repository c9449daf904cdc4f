import type { AppContext } from '../../../context.ts';
import { fail } from '../../../platform/errors.ts';
import type { InScheme } from '../../../platform/in-scheme.ts';
import { decodeNamePosition, namePage } from '../../../platform/http/cursor.ts';
import type { PeopleQuery, SchemePeople } from './schemes.schemas.ts';
import { listPeopleRoles, pageSchemePeople, TEAM_ROLES } from './schemes.repository.ts';

/** People per page of the team or of a search. */
export const PEOPLE_PAGE = 20;
const MAX_WORDS = 5;

/**
 * The search words of a name as they are stored (0034): lower case, each space-separated part without
 * its punctuation, so "O'Brien" finds "obrien" and "smith-j" finds "Smith-Jones".
 */
export function nameSearchWords(q: string): string[] {
  return [
    ...new Set(
      q
        .toLowerCase()
        .split(/\s+/)
        .map((part) => part.replace(/[^\p{L}\p{N}]/gu, ''))
        .filter((w) => w !== ''),
    ),
  ];
}

/**
 * A page of the scheme's team (managers, supervisors, link workers) by name, optionally only those
 * whose name has a word starting with each word of `q`, or in one role: at most 20 people, so a
 * buddy picker or the home page's team list costs the same in a team of 20 or 3,000.
 */
export async function searchSchemePeople(
  ctx: AppContext,
  { scheme, query }: InScheme & { query: PeopleQuery },
): Promise<SchemePeople> {
  const words = query.q === undefined ? [] : nameSearchWords(query.q);
  if (query.q !== undefined && query.q.trim() !== '' && words.length === 0) {
    throw fail.field(
      'q',
      'A name search needs at least one letter or number.',
      'Enter the start of the person\'s first name or family name, like "Ais" or "Rahman".',
    );
  }
  if (words.length > MAX_WORDS)
    throw fail.field(
      'q',
      `A name search can have at most ${MAX_WORDS} words.`,
      'Enter the start of the first name, the family name or both.',
    );
  const position = decodeNamePosition(query);
  const rows = await pageSchemePeople(ctx.db, scheme.id, {
    words,
    roles: query.role ? [query.role] : TEAM_ROLES,
    position,
    limit: PEOPLE_PAGE,
  });
  const page = namePage(rows, PEOPLE_PAGE, position, (r) => ({ name: r.name, id: r.id }));
  const roles = await listPeopleRoles(
    ctx.db,
    scheme.id,
    page.items.map((p) => p.id),
  );
  return {
    people: page.items.map((p) => ({
      userId: p.id,
      name: p.name,
      roles: roles.filter((r) => r.user_id === p.id).map((r) => r.role),
    })),
    next: page.next,
    previous: page.previous,
  };
}
