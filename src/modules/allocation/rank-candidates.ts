import { ALLOCATION_CHECKS, speaksLanguage, type AllocationCheck, type Candidate, type Need } from './allocation-checks.ts';

export interface RankedCandidate extends Candidate {
  languageMatch: boolean;
  suggested: boolean;
  blocked: boolean;
  reasons: string[];
}

/**
 * Orders workers for a referral by the allocation checks (spare capacity, language, and later
 * competence). Those with spare capacity and nothing blocking are suggested; the best first.
 */
export function rankCandidates(candidates: readonly Candidate[], need: Need, checks: readonly AllocationCheck[] = ALLOCATION_CHECKS): RankedCandidate[] {
  const scored = candidates.map((c) => {
    const results = checks.map((check) => check(c, need));
    const blocked = results.some((r) => r.blocks);
    const score = results.reduce((sum, r) => sum + r.score, 0);
    return {
      ...c, score, blocked,
      languageMatch: speaksLanguage(c, need.language),
      suggested: !blocked && c.acceptingCases && !c.capacity.overCap && c.capacity.spare > 0,
      reasons: results.map((r) => r.reason).filter((r): r is string => r !== null),
    };
  });
  scored.sort((a, b) => Number(b.suggested) - Number(a.suggested) || b.score - a.score || a.name.localeCompare(b.name));
  return scored.map(({ score: _score, ...rest }) => rest);
}
