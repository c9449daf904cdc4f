import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { workerLoads, type WorkerLoad } from './worker-loads.repository.ts';
import type { SchemeRules } from '../../scheme/scheme-settings/index.ts';
import { listWorkerProfiles } from '../../scheme/scheme-settings/index.ts';
import { loadTrainingByWorker } from '../training/index.ts';
import type { RecordDates } from '../training/index.ts';
import type { Candidate, Need } from './allocation-checks.ts';
import {
  listWorkersById,
  rankWorkersAfter,
  rankWorkersByKeyAfter,
  type RankedWorkerRow,
  readAllocationWindow,
  searchWorkersByName,
  type LanguageBound,
  type YearAllocationsSource,
} from './allocation.repository.ts';
import { capacityOf } from './capacity.ts';
import { londonDate } from '../../../platform/london-time.ts';
import { compareRank, rankCandidates, type RankedCandidate, type RankKey } from './rank-candidates.ts';

export const YEAR_MS = 365 * 86_400_000;

interface Profile {
  user_id: string;
  name: string;
  hours_per_week: string | null;
  languages: string[] | null;
  accepting_cases: boolean | null;
}

function toCandidate(
  p: Profile,
  rules: SchemeRules,
  load: WorkerLoad | undefined,
  training: ReadonlyMap<string, RecordDates> | undefined,
): Candidate {
  const hoursPerWeek = p.hours_per_week === null ? rules.capacity.fullTimeHours : Number(p.hours_per_week);
  return {
    userId: p.user_id,
    name: p.name,
    hoursPerWeek,
    languages: p.languages ?? [],
    acceptingCases: p.accepting_cases ?? true,
    training: training ?? new Map(),
    capacity: capacityOf(rules.capacity, {
      hoursPerWeek,
      openCases: load?.openCases ?? 0,
      allocatedThisYear: load?.allocatedThisYear ?? 0,
    }),
  };
}

/** Training only matters when the case has complexity flags: otherwise no record is read. */
function needsTraining(need: Need): boolean {
  return (need.competence?.flags.length ?? 0) > 0;
}

/**
 * Every active link worker in the scheme with their hours, languages, safe-caseload position and training
 * (three queries: the loads come from the counts kept as cases are written, the training is only the workers').
 */
export async function loadCandidates(
  trx: Transaction<DB>,
  schemeId: string,
  rules: SchemeRules,
  now: Date,
): Promise<Candidate[]> {
  const profiles = await listWorkerProfiles(trx, schemeId);
  const ids = profiles.map((p) => p.user_id);
  const [loads, training] = await Promise.all([
    workerLoads(trx, schemeId, new Date(now.getTime() - YEAR_MS)),
    loadTrainingByWorker(trx, schemeId, ids),
  ]);
  return profiles.map((p) => toCandidate(p, rules, loads.get(p.user_id), training.get(p.user_id)));
}

/**
 * Chosen active link workers, each evaluated in full (allocating to one, and a search by name), so
 * a worker outside the shortlist is checked exactly as one on it. Unknown or inactive ids are absent.
 */
export async function loadCandidatesById(
  trx: Transaction<DB>,
  schemeId: string,
  rules: SchemeRules,
  now: Date,
  ids: readonly string[],
  need: Need,
): Promise<Candidate[]> {
  const profiles = await listWorkersById(trx, schemeId, ids);
  return withLoadsAndTraining(trx, schemeId, rules, now, profiles, need);
}

/** Active link workers whose name holds `text`, each evaluated in full, ranked: at most `limit`, and whether there are more. */
export async function searchCandidates(
  trx: Transaction<DB>,
  schemeId: string,
  rules: SchemeRules,
  now: Date,
  text: string,
  need: Need,
  limit: number,
): Promise<{ workers: RankedCandidate[]; more: boolean }> {
  const profiles = await searchWorkersByName(trx, schemeId, text, limit + 1);
  const candidates = await withLoadsAndTraining(trx, schemeId, rules, now, profiles.slice(0, limit), need);
  return { workers: rankCandidates(candidates, need), more: profiles.length > limit };
}

async function withLoadsAndTraining(
  trx: Transaction<DB>,
  schemeId: string,
  rules: SchemeRules,
  now: Date,
  profiles: readonly Profile[],
  need: Need,
): Promise<Candidate[]> {
  const ids = profiles.map((p) => p.user_id);
  const loads = await workerLoads(trx, schemeId, new Date(now.getTime() - YEAR_MS), ids);
  return withTraining(trx, schemeId, rules, profiles, loads, need);
}

/** Candidates from profiles and loads already read, with training read only when the case needs it. */
async function withTraining(
  trx: Transaction<DB>,
  schemeId: string,
  rules: SchemeRules,
  profiles: readonly Profile[],
  loads: ReadonlyMap<string, WorkerLoad>,
  need: Need,
): Promise<Candidate[]> {
  const training = needsTraining(need)
    ? await loadTrainingByWorker(
        trx,
        schemeId,
        profiles.map((p) => p.user_id),
      )
    : new Map<string, Map<string, RecordDates>>();
  return profiles.map((p) => toCandidate(p, rules, loads.get(p.user_id), training.get(p.user_id)));
}

/** The first batch read; each further batch is twice the last, up to the cap. */
const FIRST_BATCH = 2;
const MAX_BATCH = 200;

/**
 * The first `size` workers of the full ranking (`rankCandidates` over every active link worker), read
 * without loading the team: SQL orders the workers by their capacity and language as the checks weigh
 * them (`rankWorkersAfter`), a batch at a time, each key an upper bound of the worker's place; each batch's
 * exact load and training are read and the checks run in full. Once `size` evaluated workers rank before
 * the last worker SQL returned, nobody unread can displace them: one batch unless training blocks many of
 * the best. While the scheme's window lies inside the year (`yearAllocationsSource`) the workers are read in
 * the order of the key kept on their counts row (`rankWorkersByKeyAfter`), along an index, so a batch costs
 * the same in any size of team; otherwise the whole team is weighed by the year itself (`rankWorkersAfter`).
 */
export async function loadShortlist(
  trx: Transaction<DB>,
  schemeId: string,
  rules: SchemeRules,
  now: Date,
  need: Need,
  size: number,
): Promise<RankedCandidate[]> {
  const asked = need.language && need.language.toLowerCase() !== 'english' ? need.language.trim().toLowerCase() : null;
  const language: LanguageBound = asked === null ? null : /[^\x20-\x7e]/.test(asked) ? 'anyone' : { match: asked };
  const yearAgo = new Date(now.getTime() - YEAR_MS);
  const year = yearAllocationsSource(await readAllocationWindow(trx, schemeId), yearAgo);
  const evaluated: RankedCandidate[] = [];
  let after: RankKey | null = null;
  let limit = size * FIRST_BATCH;
  for (;;) {
    const rows: RankedWorkerRow[] =
      year.kind === 'counted'
        ? await rankWorkersByKeyAfter(trx, { schemeId, language, after, limit })
        : await rankWorkersAfter(trx, { schemeId, capacity: rules.capacity, year, language, after, limit });
    const loads = await workerLoads(
      trx,
      schemeId,
      yearAgo,
      rows.map((r) => r.user_id),
    );
    evaluated.push(...rankCandidates(await withTraining(trx, schemeId, rules, rows, loads, need), need));
    evaluated.sort(compareRank);
    const last = rows.at(-1);
    if (rows.length < limit || !last) break;
    const nth = evaluated[size - 1];
    if (nth && compareRank(nth, last.bound) < 0) break;
    after = last.bound;
    limit = Math.min(limit * 2, MAX_BATCH);
  }
  return evaluated.slice(0, size);
}

/**
 * The kept figure counts the London days from `countedFrom` on: while that day is no earlier than the year's first
 * (`yearAgo`'s London date) it never exceeds the year's allocations, and may order the team; otherwise (the daily
 * count has not run) only the year itself will do.
 */
export function yearAllocationsSource(countedFrom: string | null, yearAgo: Date): YearAllocationsSource {
  return countedFrom !== null && countedFrom >= londonDate(yearAgo) ? { kind: 'counted' } : { kind: 'year', yearAgo };
}
