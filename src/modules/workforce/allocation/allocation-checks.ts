import type { MissingTraining } from '../../../db/tables/training.ts';
import { competenceGaps, complexityLabel, describeGaps } from '../training/index.ts';
import type { CompetenceNeed, RecordDates } from '../training/index.ts';
import type { Capacity } from './capacity.ts';

/** What allocation knows about a worker when weighing them for a referral. */
export interface Candidate {
  userId: string;
  name: string;
  hoursPerWeek: number;
  languages: string[];
  acceptingCases: boolean;
  capacity: Capacity;
  /** The worker's best record of each course, by course id (training and competence). */
  training?: ReadonlyMap<string, RecordDates>;
}

/** What allocation knows about the person. */
export interface Need {
  language: string | null;
  interpreterNeeded: boolean;
  /** The training the case's complexity flags need; absent or no flags: nothing to check. */
  competence?: CompetenceNeed;
}

/** One check's view of a candidate: a score to rank by, words for the screen, and whether it rules them out. */
export interface CheckResult {
  score: number;
  reason: string | null;
  blocks: boolean;
}

export type AllocationCheck = (candidate: Candidate, need: Need) => CheckResult;

const sameLanguage = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function speaksLanguage(candidate: Candidate, language: string | null): boolean {
  return (
    language !== null &&
    language.toLowerCase() !== 'english' &&
    candidate.languages.some((l) => sameLanguage(l, language))
  );
}

/** Spare safe-caseload places: the more the better; none left is a warning, not a block. */
export const capacityCheck: AllocationCheck = (c) => {
  if (!c.acceptingCases) return { score: -1000, reason: 'Not taking new cases at the moment.', blocks: false };
  if (c.capacity.overCap)
    return {
      score: -500,
      reason: `Over safe caseload: ${c.capacity.openCases} open cases, cap ${c.capacity.cap}; ${c.capacity.allocatedThisYear} of ${c.capacity.annualCap} people this year.`,
      blocks: false,
    };
  return {
    score: c.capacity.spare,
    reason: `${c.capacity.spare} spare place(s): ${c.capacity.openCases} of ${c.capacity.cap} open cases.`,
    blocks: false,
  };
};

/** Speaking the person's language counts for a lot; an interpreter can be booked otherwise. */
export const languageCheck: AllocationCheck = (c, need) => {
  if (!need.language || need.language.toLowerCase() === 'english') return { score: 0, reason: null, blocks: false };
  if (speaksLanguage(c, need.language)) return { score: 100, reason: `Speaks ${need.language}.`, blocks: false };
  return {
    score: 0,
    reason: `Does not speak ${need.language}${need.interpreterNeeded ? '; book an interpreter' : ''}.`,
    blocks: false,
  };
};

/** What one candidate lacks for the need (empty when competent or the case has no flags). */
export function gapsOf(candidate: Candidate, need: Need): MissingTraining[] {
  if (!need.competence || need.competence.flags.length === 0) return [];
  return competenceGaps(
    need.competence.flags,
    need.competence.courses,
    candidate.training ?? new Map(),
    need.competence.on,
  );
}

/**
 * Training and competence: a worker whose required training for the case's complexity is
 * missing or lapsed on the day is blocked; only a scheme manager's recorded override gets past.
 */
export const competenceCheck: AllocationCheck = (c, need) => {
  if (!need.competence || need.competence.flags.length === 0) return { score: 0, reason: null, blocks: false };
  const gaps = gapsOf(c, need);
  if (gaps.length > 0)
    return {
      score: -2000,
      reason: `Training missing or lapsed: ${describeGaps(gaps)}. Only a scheme manager can allocate, with an override.`,
      blocks: true,
    };
  return {
    score: 0,
    reason: `Trained for ${need.competence.flags.map(complexityLabel).join(', ').toLowerCase()}.`,
    blocks: false,
  };
};

/**
 * The checks allocation weighs, in order: training and competence for the case's complexity
 * (competenceCheck, above) blocks; each check is independent and explains itself.
 */
export const ALLOCATION_CHECKS: readonly AllocationCheck[] = [competenceCheck, capacityCheck, languageCheck];
