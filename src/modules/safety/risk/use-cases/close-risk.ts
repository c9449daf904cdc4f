/** Closing an active risk once its required actions are dealt with. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import { formatLondonDateTime } from '../../../../platform/format-london.ts';
import { loadRiskCase } from '../risk-access.ts';
import { recordRiskEvent } from '../risk-timeline.ts';
import type { RiskView } from '../risk.schemas.ts';
import * as repo from '../risk-assessments.repository.ts';
import { listActions } from '../risk-actions.repository.ts';
import { loadRiskView } from '../risk-view.ts';
import { userIdOf } from '../../../../platform/actor.ts';

/**
 * Closes an active risk, with a note. Refused (409, listing them) while any required action is
 * still open: each must be done, or marked not done with a reason, first.
 */
export async function closeRisk(
  ctx: AppContext,
  {
    actor,
    scheme,
    caseId,
    riskId,
    input,
  }: InScheme & { caseId: string; riskId: string; input: { version: number; note: string } },
): Promise<RiskView> {
  const note = input.note.trim();
  if (!note)
    throw fail.field(
      'note',
      'Closing a risk needs a note.',
      'Say why the risk is no longer active and what is in place now.',
    );
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const kase = await loadRiskCase(trx, actor, scheme.id, caseId, 'act');
    const risk = await repo.findRisk(trx, riskId);
    if (!risk || risk.case_id !== kase.id) throw fail.notFound('That risk record');
    if (risk.status === 'closed') throw new AppError('illegal-transition', 'This risk is already closed.');
    if (risk.version !== input.version) throw fail.editConflict('risk record', risk);
    const outstanding = (await listActions(trx, [risk.id])).filter((a) => a.required && a.status === 'open');
    if (outstanding.length > 0) {
      throw fail.conflict(
        `This risk cannot be closed: ${outstanding.length} required action(s) are still open.`,
        outstanding.map((a) => ({
          field: `actions.${a.id}`,
          message: `"${a.description}" (due ${formatLondonDateTime(a.due_at)}, ${a.assignee_name}) is still open.`,
          fix: 'Mark it done, or not done with the reason.',
        })),
      );
    }
    if (!(await repo.closeRisk(trx, risk.id, input.version, note, userIdOf(actor), now)))
      throw fail.editConflict('risk record', risk);
    await recordRiskEvent(trx, {
      schemeId: scheme.id,
      caseId: kase.id,
      riskId: risk.id,
      kind: 'closed',
      level: risk.level,
      note,
      byUserId: userIdOf(actor),
      at: now,
    });
    await recordAudit(trx, actor, {
      action: 'risk.closed',
      recordType: 'risk',
      recordId: risk.id,
      schemeId: scheme.id,
      detail: { caseId: kase.id, level: risk.level },
    });
    return loadRiskView(trx, actor, kase, risk.id, now);
  });
}
