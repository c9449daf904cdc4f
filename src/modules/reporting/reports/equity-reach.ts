/**
 * Under-reach: whether a group's share of those the service reached falls short of its share of those it should
 * reach. Two comparisons: the people referred from the practices whose registered lists are imported, by age band
 * and sex, against those practices' registered patients of the ages the scheme takes; and the people who engaged
 * (attended a session) against the people referred, in every dimension. A ratio of shares under 0.8 is flagged.
 */
import { rate } from './kit/statistics.ts';

/** A group reached at under this fraction of its share of the comparison is flagged. */
export const UNDER_REACH_RATIO = 0.8;

/** One group's reach: how many were reached and how many were in the comparison. */
export interface Reach {
  group: string;
  reached: number;
  base: number;
}

/** A group's shares of the reached and of the comparison, their ratio, and whether it is under-reached. */
export interface ReachShare extends Reach {
  reachedShare: number | null;
  baseShare: number | null;
  ratio: number | null;
  underReached: boolean;
}

const percent = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

/**
 * Each group's share of the reached against its share of the base (both out of the groups given), with the ratio to
 * two places; a group with a base share and a ratio under UNDER_REACH_RATIO is under-reached (a group in the base
 * that nobody reached has a ratio of 0).
 */
export function reachShares(groups: readonly Reach[]): ReachShare[] {
  const reachedTotal = groups.reduce((s, g) => s + g.reached, 0);
  const baseTotal = groups.reduce((s, g) => s + g.base, 0);
  return groups.map((g) => {
    const reachedShare = rate(g.reached, reachedTotal);
    const baseShare = rate(g.base, baseTotal);
    const ratio =
      reachedShare !== null && baseShare !== null && baseShare > 0
        ? Math.round((reachedShare / baseShare) * 100) / 100
        : null;
    return {
      ...g,
      reachedShare: percent(reachedShare),
      baseShare: percent(baseShare),
      ratio,
      underReached: ratio !== null && ratio < UNDER_REACH_RATIO,
    };
  });
}

/**
 * The fraction of a five-year band's years ('20-24', '95+' taken as 95–99) within the ages a scheme accepts, so a
 * band the scheme's minimum age cuts through (15–19 at 18) counts two fifths of its registered patients.
 */
export function eligibleFraction(band: string, minAge: number, maxAge: number | null): number {
  const m = /^(\d+)-(\d+)$/.exec(band);
  const [low, high] = band === '95+' ? [95, 99] : m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  if (!Number.isFinite(low)) return 0;
  const from = Math.max(low, minAge);
  const to = Math.min(high, maxAge ?? Infinity);
  return Math.max(0, to - from + 1) / (high - low + 1);
}
