/** Risk records as the page shows them: the check, who was told, the actions, the crisis contacts and what the actor may do next. */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import type { CaseRow } from '../../pathway/case-records/index.ts';
import { presentRisk } from './present-risk.ts';
import { canActOnRisk } from './risk-access.ts';
import type { RiskView } from './risk.schemas.ts';
import * as repo from './risk-assessments.repository.ts';
import { listActions } from './risk-actions.repository.ts';
import { listNotified } from './risk-notified.repository.ts';
import { crisisContactsOf } from './risk-policies.repository.ts';

/** Risk records of one case with their actions, notices and allowed actions, read together. */
export async function viewRisks(
  trx: Transaction<DB>,
  actor: Actor,
  kase: CaseRow,
  risks: repo.RiskRow[],
  now: Date,
): Promise<RiskView[]> {
  const [actions, crisisContacts, notified] = await Promise.all([
    listActions(
      trx,
      risks.map((r) => r.id),
    ),
    crisisContactsOf(trx, kase.scheme_id),
    Promise.all(risks.map((r) => listNotified(trx, r.id))),
  ]);
  const acts = canActOnRisk(actor, kase) && kase.status !== 'closed';
  return risks.map((r, i) =>
    presentRisk(
      r,
      {
        actions,
        crisisContacts,
        notified: notified[i] ?? [],
        // "close" only once every required action is done or documented as not done: the page then offers it.
        allowedActions:
          acts && r.status === 'open'
            ? [
                'resolve-action',
                ...(actions.some((a) => a.risk_id === r.id && a.required && a.status === 'open') ? [] : ['close']),
              ]
            : [],
      },
      now,
    ),
  );
}

/** One risk record, loaded in a transaction the caller already holds. */
export async function loadRiskView(
  trx: Transaction<DB>,
  actor: Actor,
  kase: CaseRow,
  riskId: string,
  now: Date,
): Promise<RiskView> {
  const risk = await repo.findRisk(trx, riskId);
  if (!risk || risk.case_id !== kase.id) throw fail.notFound('That risk record');
  const [view] = await viewRisks(trx, actor, kase, [risk], now);
  if (!view) throw fail.notFound('That risk record');
  return view;
}
