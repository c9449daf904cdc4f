import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../platform/errors.ts';
import type { CaseRow } from '../../case-records/index.ts';
import { resolveScheme } from '../../schemes/index.ts';
import { presentRisk } from '../present-risk.ts';
import { canActOnRisk, loadRiskCase } from '../risk-access.ts';
import { findSchemeRiskLanguage } from '../record-risk-check.ts';
import { describeMatch, RISK_CATEGORIES } from '../../risk-language/index.ts';
import type { RiskLanguageView, RiskView } from '../risk.schemas.ts';
import * as repo from '../risk-assessments.repository.ts';
import { listActions } from '../risk-actions.repository.ts';
import { listNotified } from '../risk-notified.repository.ts';
import { crisisContactsOf } from '../risk-policies.repository.ts';

async function viewRisks(
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

/** Every risk check on a case, newest first (reading them is audited). */
export async function listCaseRisks(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  caseId: string,
): Promise<{ items: RiskView[] }> {
  const scheme = await resolveScheme(ctx, actor, slug, 'risk.read');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const kase = await loadRiskCase(trx, actor, scheme.id, caseId, 'read');
    const items = await viewRisks(trx, actor, kase, await repo.listCaseRisks(trx, caseId), ctx.now());
    await recordAudit(trx, actor, { action: 'risk.list', recordType: 'case', recordId: caseId, schemeId: scheme.id });
    return { items };
  });
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

/** One risk record: the check, who was told, the actions and deadlines, the crisis contacts. */
export async function getRisk(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  caseId: string,
  riskId: string,
): Promise<RiskView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'risk.read');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const kase = await loadRiskCase(trx, actor, scheme.id, caseId, 'read');
    const view = await loadRiskView(trx, actor, kase, riskId, ctx.now());
    await recordAudit(trx, actor, {
      action: 'risk.read',
      recordType: 'risk',
      recordId: riskId,
      schemeId: scheme.id,
      detail: { caseId },
    });
    return view;
  });
}

/** The risk language (built-in and the scheme's own phrases) in a text: the browser asks as the worker types (the server still checks on save). */
export async function checkRiskLanguage(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  text: string,
): Promise<RiskLanguageView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'risk.record');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const found = await findSchemeRiskLanguage(trx, scheme.id, text);
    return {
      matches: found.map(describeMatch),
      findings: found.map((f) => ({ ...f, categoryLabel: RISK_CATEGORIES[f.category] })),
    };
  });
}
