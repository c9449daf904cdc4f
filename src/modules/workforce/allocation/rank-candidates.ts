import {
  ALLOCATION_CHECKS,
  speaksLanguage,
  type AllocationCheck,
  type Candidate,
  type Need,
} from './allocation-checks.ts';

export interface RankedCandidate extends Candidate {
  languageMatch: boolean;
  suggested: boolean;
  blocked: boolean;
  /** The sum of the checks' scores: the order among suggested workers, then among the others. */
  score: number;
  reasons: string[];
}

/** Where a worker stands in the ranking: suggested first, then the higher score, then name and id. */
export interface RankKey {
  userId: string;
  name: string;
  suggested: boolean;
  score: number;
}

/**
 * The ranking's order. Names compare by their UTF-8 bytes (PostgreSQL's "C" collation) and ties by
 * id, so the shortlist ranked in SQL (allocation.repository.ts) walks workers in exactly this order.
 */
export function compareRank(a: RankKey, b: RankKey): number {
  return (
    Number(b.suggested) - Number(a.suggested) ||
    b.score - a.score ||
    Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)) ||
    (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0)
  );
}

/**
 * Orders workers for a referral by the allocation checks (spare capacity, language, and later
 * competence). Those with spare capacity and nothing blocking are suggested; the best first.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  need: Need,
  checks: readonly AllocationCheck[] = ALLOCATION_CHECKS,
): RankedCandidate[] {
  const scored = candidates.map((c) => {
    const results = checks.map((check) => check(c, need));
    const blocked = results.some((r) => r.blocks);
    return {
      ...c,
      blocked,
      score: results.reduce((sum, r) => sum + r.score, 0),
      languageMatch: speaksLanguage(c, need.language),
      suggested: !blocked && c.acceptingCases && !c.capacity.overCap && c.capacity.spare > 0,
      reasons: results.map((r) => r.reason).filter((r): r is string => r !== null),
    };
  });
  return scored.sort(compareRank);
}
