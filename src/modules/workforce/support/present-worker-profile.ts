/** Link workers as the scheme settings show them: hours, languages, supervision and safe-caseload position. */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { capacityOf, workerLoads, YEAR_MS } from '../allocation/index.ts';
import { loadSchemeRules } from '../../scheme/scheme-settings/index.ts';
import type * as repo from '../../scheme/scheme-settings/index.ts';
import type { WorkerProfileView } from '../../scheme/scheme-settings/index.ts';

/** The workers given with their safe-caseload position: the loads are read for these workers only. */
export async function presentWorkerProfiles(
  trx: Transaction<DB>,
  schemeId: string,
  rows: repo.WorkerProfileRow[],
  now: Date,
): Promise<WorkerProfileView[]> {
  const rules = await loadSchemeRules(trx, schemeId);
  const loads = await workerLoads(
    trx,
    schemeId,
    new Date(now.getTime() - YEAR_MS),
    rows.map((r) => r.user_id),
  );
  return rows.map((r) => {
    const load = loads.get(r.user_id);
    const hoursPerWeek = r.hours_per_week === null ? rules.capacity.fullTimeHours : Number(r.hours_per_week);
    return {
      userId: r.user_id,
      name: r.name,
      hoursPerWeek,
      languages: r.languages ?? [],
      acceptingCases: r.accepting_cases ?? true,
      supervisorId: r.supervisor_id,
      supervisor:
        r.supervisor_id && r.supervisor_name !== null
          ? {
              userId: r.supervisor_id,
              name: r.supervisor_name,
              role: r.supervisor_active ? r.supervisor_role : null,
            }
          : null,
      supervisionCadenceDays: r.supervision_cadence_days,
      startedOn: r.started_on,
      capacity: capacityOf(rules.capacity, {
        hoursPerWeek,
        openCases: load?.openCases ?? 0,
        allocatedThisYear: load?.allocatedThisYear ?? 0,
      }),
    };
  });
}
