import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { fail } from '../../platform/errors.ts';
import { escalateRisk } from './escalate-risk.ts';
import { findRiskLanguage, DEFAULT_RISK_PHRASES } from './risk-phrases.ts';
import { isActiveLevel, riskCheckProblems, type RiskCheckInput } from './risk-check.ts';
import * as repo from './risk.repository.ts';

/** The phrases the scheme uses: its own list, or the shipped default. */
export async function phrasesFor(trx: Transaction<DB>, schemeId: string): Promise<readonly string[]> {
  return (await repo.schemeRiskPhrases(trx, schemeId)) ?? DEFAULT_RISK_PHRASES;
}

/**
 * The guard at every contact: notes with risk language cannot be saved without a risk check, and a
 * check of "none" against risk language needs the worker to confirm they considered it. Throws 422
 * naming the phrases; call before anything is written.
 */
export async function requireRiskCheck(trx: Transaction<DB>, schemeId: string, notes: string, check: RiskCheckInput | undefined, acknowledged: boolean): Promise<string[]> {
  const matched = findRiskLanguage(notes, await phrasesFor(trx, schemeId));
  if (check) {
    const problems = riskCheckProblems(check);
    if (problems.length > 0) throw fail.validation(problems);
  }
  if (matched.length === 0) return matched;
  const found = matched.map((m) => `"${m}"`).join(', ');
  if (!check) {
    throw fail.field('riskCheck', `The notes contain risk language (${found}), so a risk check is needed before the session can be saved.`, 'Complete the risk check: harm to self, harm to others, safeguarding, and the risk level.');
  }
  if (check.level === 'none' && !acknowledged) {
    throw fail.field('riskLanguageAcknowledged', `The notes contain risk language (${found}) but the risk level is "none".`, 'Confirm you have considered what was said and judge there is no risk, or choose a level.');
  }
  return matched;
}

/** Records a risk check on a case (with its session, if any) and escalates it: one transaction, audited. */
export async function recordRiskCheck(ctx: AppContext, trx: Transaction<DB>, actor: Actor, r: { schemeId: string; caseId: string; sessionId: string | null; workerId: string; check: RiskCheckInput; matchedPhrases: string[]; now: Date }): Promise<string> {
  const byUserId = actor.kind === 'user' ? actor.userId : null;
  const c = r.check;
  const riskId = await repo.insertAssessment(trx, {
    schemeId: r.schemeId, caseId: r.caseId, sessionId: r.sessionId, assessedBy: byUserId, at: r.now,
    thoughts: c.thoughts, plans: c.plans, means: c.means, intent: c.intent, protectiveFactors: c.protectiveFactors.trim(),
    harmToOthers: c.harmToOthers, harmToOthersDetail: c.harmToOthersDetail.trim(), safeguardingConcern: c.safeguardingConcern,
    level: c.level, summary: c.summary.trim(), matchedPhrases: r.matchedPhrases, open: isActiveLevel(c.level),
  });
  await recordAudit(trx, actor, { action: 'risk.recorded', recordType: 'risk', recordId: riskId, schemeId: r.schemeId, detail: { caseId: r.caseId, sessionId: r.sessionId, level: c.level, matchedPhrases: r.matchedPhrases.length } });
  await escalateRisk(ctx, trx, actor, { schemeId: r.schemeId, caseId: r.caseId, riskId, level: c.level, workerId: r.workerId, now: r.now });
  return riskId;
}
