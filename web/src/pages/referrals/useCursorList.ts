import { useSearchParams } from 'react-router-dom';
import { toQuery } from '../../api/client.ts';
import type { ReferralPage } from '../../api/referrals.ts';
import { useApiData } from '../../hooks/useApiData.ts';

/** A list paged by cursor: the `after` query value picks the page; links to the next and first pages. */
export function useCursorList(name: string, path: string, load: (after: string | undefined) => Promise<ReferralPage>) {
  const [params] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const data = useApiData(`${name}|${after ?? ''}`, () => load(after));
  return {
    ...data,
    onLaterPage: after !== undefined,
    hrefForCursor: (cursor: string) => `${path}${toQuery({ after: cursor })}`,
    firstHref: path,
  };
}

/** "1 referral" or "12 referrals". */
export function countText(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
