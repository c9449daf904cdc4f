import { apiRequest } from './client.ts';
import type { QueryOf } from './contract.ts';
import type { SchemeOverview, SchemePeople } from './types.ts';

/** What to find among a scheme's people: the start of any word of the name, one role, and a page. */
export type PeopleQuery = QueryOf<'/api/schemes/{slug}/people', 'get'>;

/** Calls for people working in a scheme (every role but administrator, for their active scheme). */
export const schemesApi = {
  getScheme: (slug: string) => apiRequest<SchemeOverview>(`/api/schemes/${encodeURIComponent(slug)}`),
  /** The scheme's team by name, 20 a page, or those whose name has words starting with `q`. */
  people: (slug: string, query: PeopleQuery = {}) => {
    const params = new URLSearchParams(
      Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
    );
    const search = params.toString();
    return apiRequest<SchemePeople>(`/api/schemes/${encodeURIComponent(slug)}/people${search ? `?${search}` : ''}`);
  },
};
