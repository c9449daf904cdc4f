import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../platform/errors.ts';
import { londonDate, startOfLondonDay } from '../../../platform/london-time.ts';
import { loadCandidates } from '../../allocation/load-candidates.ts';
import { loadSchemeRules } from '../../scheme-settings/scheme-criteria.ts';
import { resolveScheme } from '../../schemes/resolve-scheme.ts';
import type { TeamWellbeing, WorkloadSignals } from '../support.schemas.ts';
import { listSupervisionStates } from '../supervision.repository.ts';
import * as repo from '../wellbeing.repository.ts';
import { addDays } from '../working-days.ts';
import { summarise } from './supervision.ts';

const DAY = 86_400_000;

/** Monday 00:00 in London of the current week: a session at 00:30 BST on Monday counts in the new week. */
function startOfWeek(today: string): Date {
  const day = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return startOfLondonDay(addDays(today, -day));
}

/** Workload signals for every link worker of the scheme, from a handful of grouped queries. */
async function signals(trx: Transaction<DB>, ctx: AppContext, schemeId: string): Promise<{ workers: WorkloadSignals[]; threshold: number }> {
  const now = ctx.now();
  const today = londonDate(now);
  const rules = await loadSchemeRules(trx, schemeId);
  const policy = await trx.selectFrom('scheme_policies').select('difficult_sessions_in_row').where('scheme_id', '=', schemeId).executeTakeFirstOrThrow();
  const [candidates, states, complex, sessions, tasks, debriefs, runs] = await Promise.all([
    loadCandidates(trx, schemeId, rules, now), listSupervisionStates(trx, schemeId), repo.complexCaseCounts(trx, schemeId), repo.sessionCounts(trx, schemeId, startOfWeek(today)),
    repo.overdueTaskCounts(trx, schemeId, today), repo.openDebriefCounts(trx, schemeId), repo.difficultRuns(trx, schemeId, new Date(now.getTime() - 180 * DAY)),
  ]);
  const capacityOf = new Map(candidates.map((c) => [c.userId, c.capacity]));
  const threshold = policy.difficult_sessions_in_row;
  const workers = states.map((state): WorkloadSignals => {
    const id = state.worker_id;
    const capacity = capacityOf.get(id);
    const supervision = summarise(state, today);
    const s: WorkloadSignals = {
      workerId: id, workerName: state.worker_name,
      caseload: capacity ? { openCases: capacity.openCases, cap: capacity.cap, overCap: capacity.overCap } : null,
      complexCases: complex.get(id) ?? 0, sessionsThisWeek: sessions.get(id) ?? 0, difficultSessionsInRow: runs.get(id) ?? 0, overdueTasks: tasks.get(id) ?? 0,
      supervision: { dueOn: supervision.dueOn, overdue: supervision.overdue }, openDebriefs: debriefs.get(id) ?? 0, warnings: [],
    };
    if (s.caseload?.overCap) s.warnings.push(`Caseload ${s.caseload.openCases} is at or over the safe cap of ${s.caseload.cap}.`);
    if (supervision.overdue) s.warnings.push(`Supervision was due on ${supervision.dueOn}.`);
    if (s.difficultSessionsInRow >= threshold) s.warnings.push(`${s.difficultSessionsInRow} difficult sessions in a row.`);
    if (s.overdueTasks > 0) s.warnings.push(`${s.overdueTasks} overdue task${s.overdueTasks === 1 ? '' : 's'}.`);
    return s;
  });
  return { workers, threshold };
}

/** A link worker's own workload and wellbeing signals, to help them notice strain early. */
export async function getMyWellbeing(ctx: AppContext, actor: Actor, slug: string): Promise<WorkloadSignals> {
  const scheme = await resolveScheme(ctx, actor, slug, 'workload.read-own');
  const userId = actor.kind === 'user' ? actor.userId : '';
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const mine = (await signals(trx, ctx, scheme.id)).workers.find((w) => w.workerId === userId);
    if (!mine) throw fail.notFound('A caseload of yours');
    return mine;
  });
}

/**
 * The team's workload signals, for a manager (every worker) or a supervisor (their supervisees):
 * counts and warnings only, never reflections, session feelings or debrief notes.
 */
export async function getTeamWellbeing(ctx: AppContext, actor: Actor, slug: string): Promise<TeamWellbeing> {
  const scheme = await resolveScheme(ctx, actor, slug, 'workload.read-team');
  const userId = actor.kind === 'user' ? actor.userId : '';
  const manager = actor.kind === 'user' && actor.role === 'scheme_manager';
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const { workers, threshold } = await signals(trx, ctx, scheme.id);
    const supervisees = manager ? null : new Set((await listSupervisionStates(trx, scheme.id)).filter((s) => s.supervisor_id === userId).map((s) => s.worker_id));
    return { workers: workers.filter((w) => supervisees === null || supervisees.has(w.workerId)), difficultSessionsThreshold: threshold };
  });
}
