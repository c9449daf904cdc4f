/**
 * How much a referral list shows: the page size of the triage queue, the waiting list and a
 * referrer's own list, and where their counts stop.
 */

export const PAGE_SIZE = 50;

/** The referrer's list and the triage queue count up to this many ("more than 1,000"), so a long list's count stays cheap. */
export const COUNT_CAP = 1000;
