import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { workerLoads } from '../cases/cases.repository.ts';
import type { SchemeRules } from '../scheme-settings/scheme-criteria.ts';
import { listWorkerProfiles } from '../scheme-settings/scheme-settings.repository.ts';
import { loadTrainingByWorker } from '../training/competence.ts';
import type { Candidate } from './allocation-checks.ts';
import { capacityOf } from './capacity.ts';

export const YEAR_MS = 365 * 86_400_000;

/**
 * Every active link worker in the scheme with their hours, languages, safe-caseload position and training
 * (three queries: the loads come from the counts kept as cases are written, the training is only the workers').
 */
export async function loadCandidates(trx: Transaction<DB>, schemeId: string, rules: SchemeRules, now: Date): Promise<Candidate[]> {
  const profiles = await listWorkerProfiles(trx, schemeId);
  const ids = profiles.map((p) => p.user_id);
  const [loads, training] = await Promise.all([workerLoads(trx, schemeId, new Date(now.getTime() - YEAR_MS)), loadTrainingByWorker(trx, schemeId, ids)]);
  return profiles.map((p) => {
    const load = loads.get(p.user_id);
    const hoursPerWeek = p.hours_per_week === null ? rules.capacity.fullTimeHours : Number(p.hours_per_week);
    return {
      userId: p.user_id, name: p.name, hoursPerWeek, languages: p.languages ?? [], acceptingCases: p.accepting_cases ?? true, training: training.get(p.user_id) ?? new Map(),
      capacity: capacityOf(rules.capacity, { hoursPerWeek, openCases: load?.openCases ?? 0, allocatedThisYear: load?.allocatedThisYear ?? 0 }),
    };
  });
}
