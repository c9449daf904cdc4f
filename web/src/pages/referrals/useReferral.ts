import { referralsApi } from '../../api/referrals.ts';
import { useApiData } from '../../hooks/useApiData.ts';
import { useScheme } from './SchemeContext.tsx';

/** Loads the referral named in the page address, in the active scheme. */
export function useReferral(id: string) {
  const scheme = useScheme();
  return useApiData(`referral:${scheme.slug}:${id}`, () => referralsApi.get(scheme.slug, id));
}

/** The address of a referral's page. */
export function referralHref(id: string, action?: string): string {
  return `/referrals/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
}
