import { expect } from 'vitest';
import type { Client } from './factories.ts';

/**
 * Follows a keyset-paged list from its first page through each `next` cursor, checking every page
 * answers 200 with at most `pageSize` items; returns the ids in the order the pages gave them.
 */
export async function walkKeysetPages(
  member: Pick<Client, 'request'>,
  url: string,
  filters: Record<string, string>,
  pageSize = 50,
  maxPages = 10,
): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const query = new URLSearchParams(filters);
    if (after) query.set('after', after);
    const response = await member.request({ method: 'GET', url: `${url}?${query.toString()}` });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<{ items: { id: string }[]; next: string | null }>();
    expect(page.items.length).toBeLessThanOrEqual(pageSize);
    seen.push(...page.items.map((i) => i.id));
    after = page.next;
    pages += 1;
  } while (after && pages < maxPages);
  return seen;
}
