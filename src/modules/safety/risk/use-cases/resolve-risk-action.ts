/** Marking a risk's required action done, or not done with the reason. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import { loadRiskCase } from '../risk-access.ts';
import { recordRiskEvent } from '../risk-timeline.ts';
import type { RiskView } from '../risk.schemas.ts';
import * as repo from '../risk-assessments.repository.ts';
import { findAction, resolveAction } from '../risk-actions.repository.ts';
import { loadRiskView } from '../risk-view.ts';
import { userIdOf } from '../../../../platform/actor.ts';

/** Resolves a required action: done (what was done), or not done with the reason. Timestamped and audited. */
export async function resolveRiskAction(
  ctx: AppContext,
  {
    actor,
    scheme,
    caseId,
    riskId,
    actionId,
    input,
  }: InScheme & {
    caseId: string;
    riskId: string;
    actionId: string;
    input: { status: 'done' | 'not_done'; note: string };
  },
): Promise<RiskView> {
  const note = input.note.trim();
  if (input.status === 'not_done' && !note)
    throw fail.field(
      'note',
      'An action not done needs the reason.',
      'Say why it was not done and what was done instead.',
    );
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const kase = await loadRiskCase(trx, actor, scheme.id, caseId, 'act');
    const risk = await repo.findRisk(trx, riskId);
    const action = await findAction(trx, actionId);
    if (!risk || risk.case_id !== kase.id || !action || action.risk_id !== risk.id)
      throw fail.notFound('That risk action');
    if (risk.status === 'closed')
      throw new AppError('illegal-transition', 'This risk is closed, so its actions can no longer change.');
    if (action.status !== 'open' || !(await resolveAction(trx, action.id, input.status, note, userIdOf(actor), now))) {
      throw fail.conflict(
        `This action was already marked ${action.status === 'done' ? 'done' : 'not done'}${action.resolved_by_name ? ` by ${action.resolved_by_name}` : ''}.`,
      );
    }
    await recordRiskEvent(trx, {
      schemeId: scheme.id,
      caseId: kase.id,
      riskId: risk.id,
      actionId: action.id,
      kind: input.status === 'done' ? 'action-done' : 'action-not-done',
      level: risk.level,
      subject: action.description,
      note,
      byUserId: userIdOf(actor),
      at: now,
    });
    await recordAudit(trx, actor, {
      action: 'risk.action-resolved',
      recordType: 'risk',
      recordId: risk.id,
      schemeId: scheme.id,
      detail: {
        caseId: kase.id,
        actionId: action.id,
        kind: action.kind,
        status: input.status,
        late: action.due_at.getTime() < now.getTime(),
      },
    });
    return loadRiskView(trx, actor, kase, risk.id, now);
  });
}
