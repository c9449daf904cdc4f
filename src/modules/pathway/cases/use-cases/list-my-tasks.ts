/**
 * The signed-in person's open tasks across their cases, with the risk actions they owe.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../../../platform/http/cursor.ts';
import { londonDate } from '../../../../platform/london-time.ts';
import {
  highestActiveRisks,
  openRiskActionsFor,
  presentActiveRisk,
  rankAtLeast,
  type ActiveRiskLevel,
} from '../../../safety/risk/index.ts';
import * as tasksRepo from '../case-tasks.repository.ts';
import { CASELOAD_PAGE } from '../caseload-page.ts';
import { presentTask } from '../present-case.ts';

/** The signed-in person's open tasks across their cases, soonest due first, each with the person's highest active risk (or only those at a level and above). */
export async function listMyTasks(
  ctx: AppContext,
  { actor, scheme, query }: InScheme & { query: { after?: string; riskAtLeast?: ActiveRiskLevel } },
) {
  const after = query.after;
  if (actor.kind !== 'user') throw fail.forbidden();
  let cursor: { dueOn: string; id: string } | null = null;
  const decoded = decodeCursor(after);
  if (decoded) cursor = { dueOn: decoded.at.toISOString().slice(0, 10), id: decoded.id };
  const today = londonDate(ctx.now());
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const rows = await tasksRepo.listOpenTasksFor(
      trx,
      scheme.id,
      actor.userId,
      cursor,
      CASELOAD_PAGE,
      query.riskAtLeast ? rankAtLeast(query.riskAtLeast) : undefined,
    );
    const items = rows.slice(0, CASELOAD_PAGE);
    const risks = await highestActiveRisks(trx, { caseIds: items.map((t) => t.case_id) });
    const last = items[items.length - 1];
    const next =
      rows.length > CASELOAD_PAGE && last ? encodeCursor(new Date(`${last.due_on}T00:00:00Z`), last.id) : null;
    const riskActions = cursor ? [] : await openRiskActionsFor(trx, scheme.id, actor.userId, CASELOAD_PAGE);
    const now = ctx.now();
    return {
      items: items.map((t) => ({ ...presentTask(t, today), activeRisk: presentActiveRisk(risks.get(t.case_id)) })),
      next,
      riskActions: riskActions.map((a) => ({
        id: a.id,
        riskId: a.risk_id,
        caseId: a.case_id,
        description: a.description,
        dueAt: a.due_at.toISOString(),
        overdue: a.due_at.getTime() < now.getTime(),
        required: a.required,
        level: a.level,
        patientName: `${a.given_name} ${a.family_name}`,
      })),
    };
  });
}
