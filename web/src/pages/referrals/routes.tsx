import { Fragment } from 'react';

/** Referral pages: referrer form and list, triage queue, waiting list, allocation, scheme settings. */
export function referralRoutes() {
  return <Fragment />;
}

/** Pages anyone can use without signing in (the public self-referral form). */
export function publicRoutes() {
  return <Fragment />;
}
