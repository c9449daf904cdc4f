/**
 * Workload and wellbeing signals for link workers: caseload against the safe cap, complex cases, this
 * week's sessions, difficult sessions in a row, overdue tasks, supervision and open debriefs.
 */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import { addDays, londonDate, startOfLondonDay } from '../../../platform/london-time.ts';
import { capacityOf } from '../allocation/index.ts';
import { YEAR_MS } from '../allocation/index.ts';
import { loadSchemeRules } from '../../scheme/scheme-settings/index.ts';
import type { WorkloadSignals } from './support.schemas.ts';
import type { SupervisionStateRow } from './supervision.repository.ts';
import { summarise } from './supervision-summary.ts';
import * as repo from './wellbeing.repository.ts';

const DAY = 86_400_000;

/** Monday 00:00 in London of the current week: a session at 00:30 BST on Monday counts in the new week. */
function startOfWeek(today: string): Date {
  const day = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return startOfLondonDay(addDays(today, -day));
}

/** Workload signals for the link workers given (one, or a page), from two statements whose cost follows those workers only. */
export async function workloadSignals(
  trx: Transaction<DB>,
  ctx: AppContext,
  schemeId: string,
  states: SupervisionStateRow[],
): Promise<{ workers: WorkloadSignals[]; threshold: number }> {
  const now = ctx.now();
  const today = londonDate(now);
  const ids = states.map((s) => s.worker_id);
  // The year starts at the London midnight of the day a year ago, as for allocation and the caseload (workerLoads).
  const window = {
    weekStart: startOfWeek(today),
    today,
    yearAgo: startOfLondonDay(londonDate(new Date(now.getTime() - YEAR_MS))),
    runSince: new Date(now.getTime() - 180 * DAY),
  };
  // The rules first: reading them writes the scheme's policy row if it is missing.
  const rules = await loadSchemeRules(trx, schemeId);
  const [policy, figures, runs] = await Promise.all([
    trx
      .selectFrom('scheme_policies')
      .select('difficult_sessions_in_row')
      .where('scheme_id', '=', schemeId)
      .executeTakeFirstOrThrow(),
    repo.workerFigures(trx, schemeId, ids, window),
    repo.difficultRuns(trx, schemeId, ids, window.runSince),
  ]);
  const threshold = policy.difficult_sessions_in_row;
  const workers = states.map((state): WorkloadSignals => {
    const id = state.worker_id;
    const f = figures.get(id);
    const hoursPerWeek = state.hours_per_week === null ? rules.capacity.fullTimeHours : Number(state.hours_per_week);
    const capacity = capacityOf(rules.capacity, {
      hoursPerWeek,
      openCases: f?.openCases ?? 0,
      allocatedThisYear: f?.allocatedThisYear ?? 0,
    });
    const supervision = summarise(state, today);
    const s: WorkloadSignals = {
      workerId: id,
      workerName: state.worker_name,
      caseload: { openCases: capacity.openCases, cap: capacity.cap, overCap: capacity.overCap },
      complexCases: f?.complexCases ?? 0,
      sessionsThisWeek: f?.sessionsThisWeek ?? 0,
      difficultSessionsInRow: runs.get(id) ?? 0,
      overdueTasks: f?.overdueTasks ?? 0,
      supervision: { dueOn: supervision.dueOn, overdue: supervision.overdue },
      openDebriefs: f?.openDebriefs ?? 0,
      warnings: [],
    };
    if (s.caseload?.overCap)
      s.warnings.push(`Caseload ${s.caseload.openCases} is at or over the safe cap of ${s.caseload.cap}.`);
    if (supervision.overdue) s.warnings.push(`Supervision was due on ${supervision.dueOn}.`);
    if (s.difficultSessionsInRow >= threshold)
      s.warnings.push(`${s.difficultSessionsInRow} difficult sessions in a row.`);
    if (s.overdueTasks > 0) s.warnings.push(`${s.overdueTasks} overdue task${s.overdueTasks === 1 ? '' : 's'}.`);
    return s;
  });
  return { workers, threshold };
}
