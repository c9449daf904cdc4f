import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { RiskLevel } from '../../../db/tables/risk.ts';
import { formatLondonDateTime } from '../../../platform/format-london.ts';
import { notify } from '../../scheme/notifications/index.ts';

export const RISK_ACTION_OVERDUE_JOB = 'risk.action-overdue';

/**
 * Queues the overdue check of a required action for its deadline, in the transaction that creates
 * the action (or finds its check early), so an action can never exist without its check.
 */
export async function scheduleOverdueCheck(
  ctx: AppContext,
  trx: Transaction<DB>,
  a: { schemeId: string; actionId: string; dueAt: Date },
): Promise<void> {
  await ctx.jobs.send(
    trx,
    RISK_ACTION_OVERDUE_JOB,
    { schemeId: a.schemeId, actionId: a.actionId },
    { startAfter: a.dueAt, singletonKey: `${a.actionId}:overdue` },
  );
}

const LEVEL_WORD: Record<RiskLevel, string> = {
  none: 'a',
  low: 'a low',
  medium: 'a medium',
  high: 'a high',
  immediate: 'an immediate',
};

/**
 * The urgent alert for a required risk action past its deadline: one notification per recipient for
 * the action (event "risk-action-overdue:<id>"), so a repeat by the job or the sweep tells nobody twice.
 * Subject and body may go by email, so they name nobody: the app shows the person and the link worker
 * from `about`. It links to the risk record, where the action is marked done or not done.
 */
export function sendOverdueActionAlert(
  ctx: AppContext,
  trx: Transaction<DB>,
  a: {
    schemeId: string;
    id: string;
    riskId: string;
    caseId: string;
    workerId: string;
    description: string;
    dueAt: Date;
    level: RiskLevel;
  },
  recipientIds: (string | null)[],
): Promise<string[]> {
  return notify(ctx, trx, {
    schemeId: a.schemeId,
    recipientIds,
    kind: 'risk.action-overdue',
    subject: 'Overdue: a required risk action has not been done',
    body: `A required action on ${LEVEL_WORD[a.level]} risk was due by ${formatLondonDateTime(a.dueAt)} and is still open: "${a.description}". Open the risk record now, make sure the person is safe and the action is taken, then mark it done, or not done with the reason.`,
    link: `/cases/${a.caseId}/risks/${a.riskId}`,
    source: { type: 'risk_action', id: a.id },
    about: { caseId: a.caseId, workerId: a.workerId },
    event: `risk-action-overdue:${a.id}`,
  });
}
