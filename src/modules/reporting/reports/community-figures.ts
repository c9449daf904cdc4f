/**
 * The community connection report's figures from its grouped rollup rows: how many onward referrals were sent, what
 * became of them, and the median hours to a person's first answer (exact to the hour, from the histogram).
 */
import { medianOfHistogram } from './kit/statistics.ts';

/** A rollup group as the figures need it (counts as the database's sums, strings or numbers). */
export interface OnwardGroup {
  key: string;
  status: string;
  auto_declined: boolean;
  accepted: boolean;
  response_hours: number | null;
  n: string | number;
}

export interface OnwardFigures {
  sent: number;
  /** Accepted at some point, even if later completed, failed or cancelled. */
  accepted: number;
  completed: number;
  /** Declined by the organisation (or recorded so by hand). */
  declined: number;
  /** Declined by the timer because nobody answered in time. */
  autoDeclined: number;
  /** No answer yet: requested or received. */
  awaiting: number;
  /** Onward referrals a person answered, whose hours make the median. */
  answered: number;
  medianHours: number | null;
}

const AWAITING = new Set(['requested', 'received']);

/** The figures of each key (month, service or need), from its groups. */
export function onwardFigures(rows: readonly OnwardGroup[]): Map<string, OnwardFigures> {
  const sums = new Map<string, OnwardFigures & { hours: Map<number, number> }>();
  for (const row of rows) {
    const n = Number(row.n);
    let s = sums.get(row.key);
    if (!s) {
      s = {
        sent: 0,
        accepted: 0,
        completed: 0,
        declined: 0,
        autoDeclined: 0,
        awaiting: 0,
        answered: 0,
        medianHours: null,
        hours: new Map(),
      };
      sums.set(row.key, s);
    }
    s.sent += n;
    if (row.accepted) s.accepted += n;
    if (row.status === 'completed') s.completed += n;
    if (row.status === 'rejected' && row.auto_declined) s.autoDeclined += n;
    if (row.status === 'rejected' && !row.auto_declined) s.declined += n;
    if (AWAITING.has(row.status)) s.awaiting += n;
    if (row.response_hours !== null) {
      s.answered += n;
      s.hours.set(row.response_hours, (s.hours.get(row.response_hours) ?? 0) + n);
    }
  }
  const figures = new Map<string, OnwardFigures>();
  for (const [key, { hours, ...s }] of sums) figures.set(key, { ...s, medianHours: medianOfHistogram(hours) });
  return figures;
}

/** The figures of nothing sent, for a month or need with no onward referrals. */
export const NO_ONWARD: OnwardFigures = {
  sent: 0,
  accepted: 0,
  completed: 0,
  declined: 0,
  autoDeclined: 0,
  awaiting: 0,
  answered: 0,
  medianHours: null,
};

/** How many onward referrals are in each of the module's statuses now, automatic declines apart. */
export function statusCounts(rows: readonly OnwardGroup[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const status = row.status === 'rejected' && row.auto_declined ? 'auto-declined' : row.status;
    counts.set(status, (counts.get(status) ?? 0) + Number(row.n));
  }
  return counts;
}
