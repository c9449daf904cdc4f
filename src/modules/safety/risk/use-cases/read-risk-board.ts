import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { listRead, recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { decodeRiskCursor, encodeRiskCursor, levelOfRank } from '../active-risk-levels.ts';
import { riskBoardScope } from '../risk-access.ts';
import type { RiskBoard } from '../risk.schemas.ts';
import { listActions } from '../risk-actions.repository.ts';
import { countBoardRisks, listBoardRisks } from '../risk-board.repository.ts';

export const RISK_BOARD_PAGE = 50;
const DAY_MS = 86_400_000;

/**
 * The team risk board: every active risk a supervisor (their supervisees' cases) or a scheme manager
 * (the whole scheme) answers for, overdue actions first, then by level, then oldest, each with the
 * person, the worker, its age and every open action with its deadline. Keyset-paged; each read is audited.
 */
export async function readRiskBoard(
  ctx: AppContext,
  { actor, scheme, ...query }: InScheme & { after?: string; limit?: number },
): Promise<RiskBoard> {
  const limit = query.limit ?? RISK_BOARD_PAGE;
  const scope = riskBoardScope(actor, scheme.id);
  const supervisorId = scope.kind === 'supervisees' ? scope.supervisorId : null;
  const cursor = decodeRiskCursor(query.after);
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const after = cursor ? { overdue: cursor.overdue ?? false, rank: cursor.rank, at: cursor.at, id: cursor.id } : null;
    const [rows, total] = await Promise.all([
      listBoardRisks(trx, scheme.id, supervisorId, now, after, limit),
      countBoardRisks(trx, scheme.id, supervisorId),
    ]);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const next =
      rows.length > limit && last
        ? encodeRiskCursor({
            overdue: Number(last.overdue) === 1,
            rank: Number(last.rank),
            at: last.assessed_at,
            id: last.id,
          })
        : null;
    const actions = (
      await listActions(
        trx,
        items.map((r) => r.id),
      )
    ).filter((a) => a.status === 'open');
    await recordAudit(trx, actor, {
      action: 'risk.board-read',
      recordType: 'scheme',
      recordId: scheme.id,
      schemeId: scheme.id,
      detail: listRead({ cursor: query.after, shown: items.length, filters: { scope: scope.kind, limit } }),
    });
    return {
      scope: scope.kind,
      total,
      next,
      items: items.map((r) => ({
        riskId: r.id,
        caseId: r.case_id,
        level: levelOfRank(Number(r.rank)) ?? 'medium',
        since: r.assessed_at.toISOString(),
        ageDays: Math.max(0, Math.floor((now.getTime() - r.assessed_at.getTime()) / DAY_MS)),
        person: { id: r.patient_id, name: `${r.given_name} ${r.family_name}` },
        worker: { id: r.worker_id, name: r.worker_name },
        overdue: Number(r.overdue) === 1,
        outstanding: actions
          .filter((a) => a.risk_id === r.id)
          .map((a) => ({
            id: a.id,
            description: a.description,
            dueAt: a.due_at.toISOString(),
            overdue: a.due_at.getTime() < now.getTime(),
            assignee: a.assignee_name,
          })),
      })),
    };
  });
}
